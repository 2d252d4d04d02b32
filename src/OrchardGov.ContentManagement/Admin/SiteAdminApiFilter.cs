using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.ContentManagement.Admin;

/// <summary>
/// The admin JSON API's guard, as <see cref="SiteAdminPageModel"/> is the pages': the <c>{code}</c> (or a site's own
/// <c>{siteCode}</c>) site must exist
/// (and have the feature on), else 404; the signed-in person must hold the permission there, else 403. A refused
/// request (<see cref="UserInputException"/>) answers 400 with its message; a concurrent conflicting change 409.
/// </summary>
public static class SiteAdminApiFilter
{
    public static TBuilder RequireSitePermission<TBuilder>(this TBuilder builder, SitePermission permission, string? featureId = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (invocation, next) =>
        {
            var http = invocation.HttpContext;
            var services = http.RequestServices;
            var site = await services.GetRequiredService<SiteRegistry>().FindAsync(
                (http.GetRouteValue("code") ?? http.GetRouteValue("siteCode")) as string ?? "", http.RequestAborted);
            if (site is null || (featureId is not null && !await services.GetRequiredService<FeatureService>().IsEnabledAsync(site.Id, featureId, http.RequestAborted)))
            {
                return Results.NotFound();
            }

            var access = services.GetRequiredService<SiteAccess>();
            var grants = await access.GrantsAsync(http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", http.RequestAborted);
            if (!await access.AllowsAsync(grants, site, permission, http.RequestAborted))
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            http.Items[typeof(Site)] = site;
            return await AnswerAsync(invocation, next);
        });

    /// <summary>Turns refusals into answers for the API: 400 with the message, 409 for a conflicting concurrent change.</summary>
    public static async ValueTask<object?> AnswerAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        try
        {
            return await next(invocation);
        }
        catch (UserInputException error)
        {
            return Results.Problem(title: "请求未能完成", detail: error.Message, statusCode: StatusCodes.Status400BadRequest);
        }
        catch (ContentConflictException)
        {
            return Results.Problem(title: "请求未能完成", detail: "同一内容刚被他人修改，请刷新后重试。", statusCode: StatusCodes.Status409Conflict);
        }
    }

    /// <summary>The site a guarded route is serving.</summary>
    public static Site AdminSite(this HttpContext context) =>
        context.Items[typeof(Site)] as Site ?? throw new InvalidOperationException("The route does not require a site permission.");
}
