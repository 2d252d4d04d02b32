using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Admin;

namespace OrchardGov.Web.Admin;

/// <summary>Builds what the admin layout shows for the signed-in person and the page being shown.</summary>
public sealed class AdminNavigation(UserManager<AdminUser> users, SiteAccess access, SiteAdminLinks siteLinks, IEnumerable<IAdminMainMenu> modules)
{
    public async Task<AdminNavigationView> BuildAsync(HttpContext http, object? pageModel)
    {
        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || await users.FindByIdAsync(userId) is not { } user)
        {
            return AdminNavigationView.Anonymous;
        }

        var sitePage = pageModel as SiteAdminPageModel;
        var grants = sitePage is { Grants.HasAnyRole: true } ? sitePage.Grants : await access.GrantsAsync(userId, http.RequestAborted);
        var main = new List<AdminLink> { new("首页", "/admin") };
        if (grants.HasAnyRole)
        {
            main.Add(new AdminLink("站点", "/admin#sites"));
        }

        main.AddRange(modules.SelectMany(module => module.Items).Where(item => item.PlatformOnly ? grants.IsPlatformAdmin : AdminAbilities.HoldsAnywhere(grants, item.Permission))
            .OrderBy(item => item.Order).Select(item => new AdminLink(item.Title, item.Url)));
        if (AdminAbilities.HoldsAnywhere(grants, SitePermission.ManageSite))
        {
            main.Add(new AdminLink("用户", "/admin/users"));
        }

        if (AdminAbilities.HoldsAnywhere(grants, SitePermission.ViewAudit))
        {
            main.Add(new AdminLink("审计日志", "/admin/audit"));
        }

        var name = string.IsNullOrWhiteSpace(user.DisplayName) || user.DisplayName == user.UserName ? user.UserName ?? "" : $"{user.DisplayName}（{user.UserName}）";
        return sitePage is { Grants.HasAnyRole: true }
            ? new AdminNavigationView(name, main, sitePage.Site, await siteLinks.ForAsync(sitePage, http.RequestAborted))
            : new AdminNavigationView(name, main, null, []);
    }
}
