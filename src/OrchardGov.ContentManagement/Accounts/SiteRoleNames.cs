namespace OrchardGov.ContentManagement.Accounts;

/// <summary>The roles as the command line names them and as the admin shows them.</summary>
public static class SiteRoleNames
{
    public const string PlatformAdmin = "platform-admin";

    public static readonly IReadOnlyDictionary<string, SiteRole> ByName = new Dictionary<string, SiteRole>(StringComparer.OrdinalIgnoreCase)
    {
        ["site-admin"] = SiteRole.SiteAdmin,
        ["editor"] = SiteRole.Editor,
        ["reviewer"] = SiteRole.Reviewer,
    };

    public static string NameOf(SiteRole role) => ByName.First(pair => pair.Value == role).Key;

    public static string LabelOf(SiteRole role) => role switch
    {
        SiteRole.SiteAdmin => "站点管理员",
        SiteRole.Editor => "编辑",
        _ => "审核员",
    };
}
