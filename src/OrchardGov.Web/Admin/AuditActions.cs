using OrchardGov.ContentManagement.Audit;

namespace OrchardGov.Web.Admin;

/// <summary>
/// The audit trail's action names as the admin shows them: the host's own and those the modules register; an
/// action named nowhere is shown as recorded.
/// </summary>
public sealed class AuditActions(IEnumerable<AuditActionLabels> modules)
{
    private static readonly IReadOnlyDictionary<string, string> HostLabels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["login.success"] = "登录成功",
        ["login.failure"] = "登录失败",
        ["login.lockout"] = "账号被锁定",
        ["user.create"] = "创建用户",
        ["user.role.add"] = "授予角色",
        ["user.role.remove"] = "撤销角色",
        ["user.password.reset"] = "重设密码",
        ["user.password.change"] = "修改本人密码",
        ["site.create"] = "创建站点",
        ["site.update"] = "修改站点信息",
        ["site.scaffold"] = "用配方搭建站点",
        ["feature.enable"] = "启用功能",
        ["feature.disable"] = "停用功能",
    };

    private static readonly IReadOnlyDictionary<string, string> HostGroups = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["login."] = "登录（全部）",
        ["user."] = "用户与角色（全部）",
        ["site."] = "站点（全部）",
        ["feature."] = "功能（全部）",
    };

    public IReadOnlyDictionary<string, string> Labels { get; } =
        HostLabels.Concat(modules.SelectMany(m => m.Labels)).DistinctBy(pair => pair.Key).ToDictionary(StringComparer.Ordinal);

    /// <summary>Prefixes the search offers, for every action of a kind.</summary>
    public IReadOnlyDictionary<string, string> Groups { get; } =
        HostGroups.Concat(modules.SelectMany(m => m.Groups)).DistinctBy(pair => pair.Key).ToDictionary(StringComparer.Ordinal);

    public string LabelOf(string action) => Labels.GetValueOrDefault(action, action);
}
