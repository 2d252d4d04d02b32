using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Web.Admin;

/// <summary>
/// What the admin's people pages may do for the person using them: only a platform administrator makes
/// platform administrators, and roles are given and taken only on sites the person manages.
/// </summary>
public sealed class AccountAdministration(AccountDirectory directory, SiteAccess access)
{
    /// <summary>The roles a person may give: site roles, and platform administration for platform administrators.</summary>
    public static IReadOnlyList<(string Name, string Label)> RoleChoices(bool platformAdmin) =>
    [
        .. SiteRoleNames.ByName.Select(pair => (pair.Key, SiteRoleNames.LabelOf(pair.Value))),
        .. platformAdmin ? [(SiteRoleNames.PlatformAdmin, "平台管理员")] : Array.Empty<(string, string)>(),
    ];

    /// <summary>The people with roles on the site, or on any site the person manages; only those roles are listed.</summary>
    public async Task<IReadOnlyList<UserSummary>> PeopleAsync(UserGrants viewer, Site? site = null)
    {
        if (site is null && viewer.IsPlatformAdmin)
        {
            return await directory.ListAsync();
        }

        var sites = site is null ? await access.SitesAllowingAsync(viewer, SitePermission.ManageSite) : [site];
        var codes = sites.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var people = await directory.ListAsync(sites.Select(s => s.Id).ToList());
        return people.Select(person => person with { Roles = person.Roles.Where(role => codes.Contains(role.SiteCode)).ToList() }).ToList();
    }

    /// <summary>Creates the person with a generated password and gives them the role (on <paramref name="site"/> unless platform administration).</summary>
    public async Task<NewAccount> CreateAsync(UserGrants viewer, string userName, string? displayName, string roleName, Site? site)
    {
        var platformAdmin = roleName == SiteRoleNames.PlatformAdmin;
        if (platformAdmin && !viewer.IsPlatformAdmin)
        {
            throw new UserInputException("只有平台管理员才能创建平台管理员。");
        }

        SiteRole? role = platformAdmin ? null : RoleOf(roleName);
        if (role is not null)
        {
            await RequireManageAsync(viewer, site ?? throw new UserInputException("请填写要授予角色的站点代码。"));
        }

        if (await directory.FindAsync(userName) is not null)
        {
            throw new UserInputException($"用户名“{userName.Trim()}”已被使用；要给这个人授予角色，请在站点的“站点用户”页面中操作。");
        }

        var password = AccountDirectory.GeneratePassword();
        var user = await directory.CreateAsync(userName, displayName ?? "", password, platformAdmin);
        if (role is { } siteRole)
        {
            await directory.AssignAsync(user, site!, siteRole);
        }

        return new NewAccount(user.UserName ?? userName, password);
    }

    public async Task<AdminUser> AssignAsync(UserGrants viewer, string userName, Site site, string roleName)
    {
        var role = RoleOf(roleName);
        await RequireManageAsync(viewer, site);
        var user = await FindAsync(userName);
        await directory.AssignAsync(user, site, role);
        return user;
    }

    public async Task<AdminUser> RemoveAsync(UserGrants viewer, string userName, Site site, string roleName)
    {
        var role = RoleOf(roleName);
        await RequireManageAsync(viewer, site);
        var user = await FindAsync(userName);
        await directory.RemoveRoleAsync(user, site, role);
        return user;
    }

    private async Task<AdminUser> FindAsync(string userName) =>
        await directory.FindAsync(userName) ?? throw new UserInputException($"没有用户名为“{userName.Trim()}”的用户；请先创建。");

    private async Task RequireManageAsync(UserGrants viewer, Site site)
    {
        if (!await access.AllowsAsync(viewer, site, SitePermission.ManageSite))
        {
            throw new UserInputException($"你不能管理站点 {site.Name}（{site.Code}）的用户。");
        }
    }

    private static SiteRole RoleOf(string roleName) => SiteRoleNames.ByName.TryGetValue(roleName, out var role)
        ? role
        : throw new UserInputException($"没有角色“{roleName}”；请从列表中选择角色。");
}
