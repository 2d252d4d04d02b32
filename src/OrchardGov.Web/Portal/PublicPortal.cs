using Microsoft.AspNetCore.StaticFiles;
using OrchardGov.ContentManagement.Media;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.ContentManagement.Theming;

namespace OrchardGov.Web.Portal;

/// <summary>
/// The host's public pages: the platform's list of sites, each site's home (a module's, such as the Disclosure
/// module's, when it is on there), the sites' media files, and the switch of the elderly-friendly mode.
/// </summary>
public static class PublicPortal
{
    /// <summary>A site code as the first path segment (see <see cref="SiteCodes"/>).</summary>
    public const string SiteCodeRoute = SiteCodes.RouteSegment;

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointRouteBuilder MapPublicPortal(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", PlatformHomeAsync).WithName("PlatformHome");
        endpoints.MapGet($"/{SiteCodeRoute}/", SiteHomeAsync).WithName("SiteHome");
        endpoints.MapGet($"/{SiteCodeRoute}/media/{{**path}}", MediaFileAsync).WithName("SiteMedia");
        endpoints.MapGet(ElderlyMode.TogglePath, (HttpContext http, string? on, string? @return) =>
            Results.LocalRedirect(ElderlyMode.Switch(http, on == "1", @return)));
        return endpoints;
    }

    private static async Task<IResult> PlatformHomeAsync(SiteRegistry sites, CancellationToken cancellationToken)
    {
        var topLevel = await sites.ChildrenAsync(null, cancellationToken);
        var links = string.Concat(topLevel.Select(s => $"<li><a href=\"/{s.Code}/\">{PortalHtml.Encode(s.Name)}</a></li>"));
        return PortalHtml.Page("政府网站集约化平台", $"<h1>政府网站集约化平台</h1><nav aria-label=\"站点\"><ul>{links}</ul></nav>");
    }

    private static async Task SiteHomeAsync(
        HttpContext http, string siteCode, SiteLookup lookup, SiteRegistry sites, IEnumerable<ISiteHomePage> homes,
        PageRenderer renderer, PublicPageCache cache)
    {
        var site = await lookup.FindAsync(http, siteCode);
        if (site is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var home = homes.FirstOrDefault(candidate => lookup.IsEnabled(site, candidate.FeatureId));

        await cache.ServeAsync(http, site, async () =>
            home is not null ? await home.RenderAsync(http, site) : await PlainHomeAsync(http, site, sites, renderer));
    }

    // A site without a module's home: its name and the sites below it.
    private static async Task<PortalPage> PlainHomeAsync(HttpContext http, Site site, SiteRegistry sites, PageRenderer renderer)
    {
        var parent = site.ParentId is { } parentId ? await sites.FindAsync(parentId, http.RequestAborted) : null;
        var model = PortalModel.For(http, site, parent, site.Name, [new PortalModel.Link("首页", site.PathBase + "/")]);
        model["sections"] = Array.Empty<object>();
        model["sub_sites"] = (await sites.ChildrenAsync(site.Id, http.RequestAborted)).Select(s => new { s.Name, Url = s.PathBase + "/" }).ToList();
        return new PortalPage(await renderer.RenderAsync(site, "home", model, http.RequestAborted));
    }

    private static async Task<IResult> MediaFileAsync(string siteCode, string path, SiteRegistry sites, SiteMedia media, CancellationToken cancellationToken)
    {
        if (await sites.FindAsync(siteCode, cancellationToken) is not { } site || media.Find(site, path) is not { } file)
        {
            return Results.NotFound();
        }

        var contentType = ContentTypes.TryGetContentType(file.Name, out var type) ? type : "application/octet-stream";
        return Results.File(file.FullName, contentType, enableRangeProcessing: true,
            lastModified: file.LastWriteTimeUtc, fileDownloadName: contentType.StartsWith("image/", StringComparison.Ordinal) ? null : file.Name);
    }
}
