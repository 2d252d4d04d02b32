using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Admin;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Disclosure.Admin;

/// <summary>The module's pages in a site's admin menu, on sites that enable it.</summary>
public sealed class DisclosureAdminMenu : ISiteAdminMenu
{
    public IEnumerable<AdminMenuItem> ItemsFor(Site site, IReadOnlySet<string> enabledFeatures)
    {
        if (!enabledFeatures.Contains(Manifest.Disclosure.Id))
        {
            return [];
        }

        var root = $"/admin/{site.Code}";
        return
        [
            new("公开目录", $"{root}/catalog", SitePermission.ViewDrafts, 10),
            new("目录审核", $"{root}/catalog/versions", SitePermission.ViewDrafts, 20),
            new("栏目", $"{root}/columns", SitePermission.ViewDrafts, 30),
            new("文章", $"{root}/articles", SitePermission.ViewDrafts, 40),
            new("政务公开设置", $"{root}/disclosure-settings", SitePermission.ManageSite, 50),
            new("合规检查", $"{root}/compliance", SitePermission.ViewDrafts, 60),
            new("下级合规", $"{root}/compliance/sites", SitePermission.ViewCompliance, 70),
        ];
    }
}
