using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Web.Portal;

/// <summary>The public pages: the platform's list of sites and each site's home page.</summary>
public static class PublicPortal
{
    /// <summary>A site code as the first path segment (see <see cref="SiteCodes"/>).</summary>
    public const string SiteCodeRoute = SiteCodes.RouteSegment;

    public static IEndpointRouteBuilder MapPublicPortal(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", PlatformHomeAsync).WithName("PlatformHome");
        endpoints.MapGet($"/{SiteCodeRoute}/", SiteHomeAsync).WithName("SiteHome");
        return endpoints;
    }

    private static async Task<IResult> PlatformHomeAsync(SiteRegistry sites, CancellationToken cancellationToken)
    {
        var topLevel = await sites.ChildrenAsync(null, cancellationToken);
        var links = string.Concat(topLevel.Select(s => $"<li><a href=\"/{s.Code}/\">{PortalHtml.Encode(s.Name)}</a></li>"));
        return PortalHtml.Page("政府网站集约化平台", $"<h1>政府网站集约化平台</h1><ul>{links}</ul>");
    }

    private static async Task<IResult> SiteHomeAsync(string siteCode, SiteRegistry sites, CancellationToken cancellationToken)
    {
        var site = await sites.FindAsync(siteCode, cancellationToken);
        if (site is null)
        {
            return Results.NotFound();
        }

        var children = await sites.ChildrenAsync(site.Id, cancellationToken);
        var links = string.Concat(children.Select(s => $"<li><a href=\"/{s.Code}/\">{PortalHtml.Encode(s.Name)}</a></li>"));
        var body = $"<h1>{PortalHtml.Encode(site.Name)}</h1>" + (links.Length > 0 ? $"<nav aria-label=\"下级站点\"><ul>{links}</ul></nav>" : "");
        return PortalHtml.Page(site.Name, body);
    }
}
