using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.ContentManagement.Theming;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Portal;

/// <summary>
/// The module's public pages on sites that have it on: <c>/{code}/catalog</c>, <c>/{code}/search</c>, <c>/{code}/sitemap.xml</c> and, for
/// everything else under the site, its columns (<c>/{code}/zfxxgk/gkzn/</c>), their articles (<c>…/{id}.html</c>)
/// and feeds (<c>…/rss.xml</c>). Every page goes through the page cache.
/// </summary>
public static class DisclosurePortal
{
    public static IEndpointRouteBuilder MapDisclosurePortal(this IEndpointRouteBuilder endpoints)
    {
        var site = endpoints.MapGroup($"/{SiteCodes.RouteSegment}").RequireSiteFeature(Manifest.Disclosure.Id);
        site.MapGet("/catalog", (HttpContext http, PageRenderer renderer, PublicPageCache cache, string? domain, string? method) =>
            ServeAsync(http, cache, portal => CatalogPage.RenderAsync(portal, renderer, domain, method)!));
        // Every query is a page of its own: not kept in the page cache.
        site.MapGet("/search", async (HttpContext http, PageRenderer renderer) =>
        {
            await using var portal = await PortalSite.OpenAsync(http, http.CurrentSite());
            var page = await SearchPage.RenderAsync(portal, renderer);
            http.Response.Headers.CacheControl = "no-store";
            http.Response.ContentType = page.ContentType;
            await http.Response.WriteAsync(page.Body, http.RequestAborted);
        });
        site.MapGet("/sitemap.xml", (HttpContext http, PublicPageCache cache) => ServeAsync(http, cache, Feeds.SitemapAsync!));
        site.MapGet("/{**path}", (HttpContext http, PageRenderer renderer, PublicPageCache cache, string? path) =>
            ServeAsync(http, cache, portal => ColumnOrArticleAsync(portal, renderer, path ?? "")));
        return endpoints;
    }

    private static Task ServeAsync(HttpContext http, PublicPageCache cache, Func<PortalSite, Task<PortalPage?>> render)
    {
        var site = http.CurrentSite();
        return cache.ServeAsync(http, site, async () =>
        {
            await using var portal = await PortalSite.OpenAsync(http, site);
            return await render(portal);
        });
    }

    private static async Task<PortalPage?> ColumnOrArticleAsync(PortalSite portal, PageRenderer renderer, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var last = segments.LastOrDefault() ?? "";
        var isFeed = last == "rss.xml";
        var articleId = !isFeed && last.EndsWith(".html", StringComparison.Ordinal) ? last[..^".html".Length] : null;
        var columnPath = isFeed || articleId is not null ? segments[..^1] : segments;
        if (columnPath.Length == 0 || portal.ColumnAt(columnPath) is not { } column || column.Hidden)
        {
            return null;
        }

        // A column of a 未涉及 domain is shown with its note; its articles and feed are not.
        var notApplicable = portal.DomainOf(column) is { NotApplicable: true };
        if (isFeed)
        {
            return notApplicable ? null : await Feeds.RssAsync(portal, column);
        }

        if (articleId is not null)
        {
            return notApplicable ? null : await ArticlePage.RenderAsync(portal, renderer, column, articleId);
        }

        if (column.Kind == ColumnKind.CatalogView)
        {
            return await CatalogPage.RenderAsync(portal, renderer, column.Domain, portal.Http.Request.Query["method"], column);
        }

        var page = int.TryParse(portal.Http.Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : 1;
        return await ColumnPage.RenderAsync(portal, renderer, column, page);
    }
}
