using Microsoft.AspNetCore.Http;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.ContentManagement.Theming;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services;

namespace OrchardGov.Disclosure.Portal;

/// <summary>A site's home: the latest articles of each main list column, the 政府信息公开 entry points, the sites below.</summary>
internal sealed class HomePage(PageRenderer renderer, SiteRegistry sites) : ISiteHomePage
{
    private const int ArticlesPerSection = 8;

    public string FeatureId => Manifest.Disclosure.Id;

    public async Task<PortalPage> RenderAsync(HttpContext http, Site site)
    {
        await using var portal = await PortalSite.OpenAsync(http, site);
        var sections = new List<HomeSection>();
        foreach (var column in portal.VisibleChildren(null).Where(c => c.Kind == ColumnKind.List && c.ContentItemId != StandardColumns.DisclosureRootId))
        {
            var (articles, _) = await portal.ArticlesAsync(column.ContentItemId, 0, ArticlesPerSection);
            sections.Add(new HomeSection(column.Title, portal.UrlOf(column), articles.Select(a => portal.LinkOf(column, a)).ToList()));
        }

        var disclosureRoot = portal.Columns.Find(StandardColumns.DisclosureRootId);
        var model = portal.Model(site.Name, [new(PortalSite.HomeTitle, portal.HomeUrl)]);
        model["sections"] = sections;
        model["disclosure"] = disclosureRoot is null ? null : new DisclosureEntryPoints(portal.UrlOf(disclosureRoot),
            portal.VisibleChildren(disclosureRoot.ContentItemId).Select(c => new ColumnLink(c.Title, portal.UrlOf(c))).ToList());
        model["catalog_url"] = portal.CatalogUrl;
        model["sub_sites"] = (await sites.ChildrenAsync(site.Id, http.RequestAborted)).Select(s => new SubSite(s.Name, s.PathBase + "/")).ToList();
        var html = await renderer.RenderAsync(site, "home", model, http.RequestAborted);
        return new PortalPage(html);
    }
}
