using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Admin;
using OrchardGov.ContentManagement.Features;

namespace OrchardGov.Web.Admin;

/// <summary>A site's admin menu: the host's own pages and every module's, each shown only to those who may use it.</summary>
public sealed class SiteAdminLinks(FeatureService features, IEnumerable<ISiteAdminMenu> menus)
{
    public async Task<IReadOnlyList<AdminLink>> ForAsync(SiteAdminPageModel page, CancellationToken cancellationToken = default)
    {
        var site = page.Site;
        var home = "/admin/" + site.Code;
        var enabled = (await features.ListAsync(site.Id, cancellationToken))
            .Where(state => state.Enabled).Select(state => state.Feature.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        IEnumerable<AdminMenuItem> items =
        [
            new("站点概况", home, SitePermission.ViewDrafts, -300),
            new("站点设置", home + "/settings", SitePermission.ManageSite, -200),
            new("站点用户", home + "/users", SitePermission.ManageSite, -100),
            .. menus.SelectMany(menu => menu.ItemsFor(site, enabled)),
            new("审计日志", "/admin/audit?site=" + site.Code, SitePermission.ViewAudit, int.MaxValue),
        ];
        return items.Where(item => page.Can(item.Permission) && (!item.PlatformOnly || page.Grants.IsPlatformAdmin)).OrderBy(item => item.Order).Select(item => new AdminLink(item.Title, item.Url)).ToList();
    }
}
