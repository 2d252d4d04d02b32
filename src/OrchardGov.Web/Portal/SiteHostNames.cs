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
            if (request.Path != "/healthz"
                && await context.RequestServices.GetRequiredService<SiteRegistry>().FindByHostAsync(request.Host.Host, context.RequestAborted) is { } site
                && !request.Path.StartsWithSegments(site.PathBase))
            {
                request.Path = site.PathBase + request.Path;
            }

            await next(context);
        });
        return app;
    }
}
