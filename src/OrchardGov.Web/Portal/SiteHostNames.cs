using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Web.Portal;

/// <summary>
/// Serves a site on its own host name: <c>http://host/x</c> is answered as <c>/{code}/x</c>. It must run
/// before routing, which then sees the rewritten path. The site the request is for is found here, with the
/// request's one query, and remembered for the rest of the request.
/// </summary>
public static class SiteHostNames
{
    public static WebApplication UseSiteHostNames(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.Path == "/healthz" || request.Path.StartsWithSegments("/theme"))
            {
                await next(context);
                return;
            }

            var first = request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
            var (byHost, byCode) = await context.RequestServices.GetRequiredService<SiteLookup>()
                .FindAsync(request.Host.Host, SiteCodes.Problem(first) is null ? first : "", context.RequestAborted);
            // Links from a site to the sites below it are /{code}/...; on a bound host they stay as they are.
            if (byHost is not null && byCode is null)
            {
                request.Path = byHost.PathBase + request.Path;
                SiteLookup.Remember(context, byHost);
            }
            else if (byCode is not null)
            {
                SiteLookup.Remember(context, byCode);
            }

            await next(context);
        });
        return app;
    }
}
