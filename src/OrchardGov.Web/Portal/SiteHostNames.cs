using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Web.Portal;

/// <summary>
/// Serves a site on its own host name: <c>http://host/x</c> is answered as <c>/{code}/x</c>. It must run
/// before routing, which then sees the rewritten path.
/// </summary>
public static class SiteHostNames
{
    public static WebApplication UseSiteHostNames(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            var sites = context.RequestServices.GetRequiredService<SiteLookup>();
            if (request.Path != "/healthz"
                && await sites.FindByHostAsync(request.Host.Host, context.RequestAborted) is { } site
                && !request.Path.StartsWithSegments(site.PathBase)
                && !await NamesAnotherSiteAsync(sites, request.Path, context.RequestAborted))
            {
                request.Path = site.PathBase + request.Path;
            }

            await next(context);
        });
        return app;
    }

    // Links from a site to the sites below it are /{code}/...; on a bound host they stay as they are.
    private static async Task<bool> NamesAnotherSiteAsync(SiteLookup sites, PathString path, CancellationToken cancellationToken)
    {
        var first = path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first is not null && SiteCodes.Problem(first) is null && await sites.FindAsync(first, cancellationToken) is not null;
    }
}
