using Microsoft.AspNetCore.Mvc;
using OrchardGov.ContentManagement.Admin;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Theming;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Portal;

namespace OrchardGov.Disclosure.Pages.Admin.Articles;

/// <summary>
/// The article's latest version as the public article page would show it, titled 预览. It is rendered here, not
/// through the public page cache, and marked for no cache to keep it.
/// </summary>
public sealed class PreviewModel(PageRenderer renderer) : SiteAdminPageModel
{
    protected override string? Feature => Manifest.Disclosure.Id;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        await using var portal = await PortalSite.OpenAsync(HttpContext, Site);
        if (await portal.Session.GetAsync(id, VersionOptions.Latest) is not { ContentType: DisclosureTypes.Article } item)
        {
            return NotFound();
        }

        var article = ArticleContent.Read(item);
        var page = await ArticlePage.RenderVersionAsync(portal, renderer, portal.Columns.Find(article.ColumnId), item, $"预览：{article.Title}");
        Response.Headers.CacheControl = "no-store";
        return Content(page.Body, page.ContentType);
    }
}
