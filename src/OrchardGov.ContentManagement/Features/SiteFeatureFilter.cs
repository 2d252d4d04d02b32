using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.ContentManagement.Features;

/// <summary>
/// Makes a route group exist only on sites that have a feature on: elsewhere it answers 404, as if the route
/// were not there. The site is resolved from the <c>siteCode</c> route value and handed to the handlers.
/// </summary>
public static class SiteFeatureFilter
{
    public static TBuilder RequireSiteFeature<TBuilder>(this TBuilder builder, string featureId) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (invocation, next) =>
        {
            var http = invocation.HttpContext;
            var code = http.GetRouteValue("siteCode") as string ?? "";
            var sites = http.RequestServices.GetRequiredService<SiteLookup>();
            var site = await sites.FindAsync(http, code);
            if (site is null || !sites.IsEnabled(site, featureId))
            {
                return Results.NotFound();
            }

            http.Items[typeof(Site)] = site;
            return await next(invocation);
        });

    /// <summary>The site a <see cref="RequireSiteFeature{TBuilder}"/> route is serving.</summary>
    public static Site CurrentSite(this HttpContext context) =>
        context.Items[typeof(Site)] as Site ?? throw new InvalidOperationException("The route does not require a site feature.");
}
