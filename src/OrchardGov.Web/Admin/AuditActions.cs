namespace OrchardGov.Web.Admin;

/// <summary>The audit trail's action names as the admin shows them; an action not listed here is shown as recorded.</summary>
public static class AuditActions
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["login.success"] = "登录成功",
        ["login.failure"] = "登录失败",
        ["login.lockout"] = "账号被锁定",
        ["user.create"] = "创建用户",
        ["user.role.add"] = "授予角色",
        ["user.role.remove"] = "撤销角色",
        ["site.create"] = "创建站点",
        ["site.update"] = "修改站点信息",
        ["site.scaffold"] = "用配方搭建站点",
        ["feature.enable"] = "启用功能",
        ["feature.disable"] = "停用功能",
    };

    /// <summary>Prefixes the search offers, for every action of a kind.</summary>
    public static readonly IReadOnlyDictionary<string, string> Groups = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["login."] = "登录（全部）",
        ["user."] = "用户与角色（全部）",
        ["site."] = "站点（全部）",
        ["feature."] = "功能（全部）",
    };

    public static string LabelOf(string action) => Labels.GetValueOrDefault(action, action);
}
