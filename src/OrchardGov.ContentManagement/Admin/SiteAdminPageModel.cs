using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.ContentManagement.Admin;

/// <summary>
/// An admin page of one site, routed as <c>/admin/{code}/...</c>. Before any handler runs it finds the site
/// (404 when there is none, or when the page's feature is off there) and checks that the signed-in person holds
/// the permission the handler needs on it (403 otherwise), so a page's handlers only ever see allowed requests.
/// </summary>
public abstract class SiteAdminPageModel : PageModel
{
    private IReadOnlyList<int> _lineage = [];

    public Site Site { get; private set; } = null!;

    public UserGrants Grants { get; private set; } = UserGrants.None;

    /// <summary>The feature the page belongs to; the page answers 404 on sites where it is off.</summary>
    protected virtual string? Feature => null;

    /// <summary>What a handler needs: reading needs <see cref="SitePermission.ViewDrafts"/>, changing <see cref="SitePermission.EditContent"/>.</summary>
    protected virtual SitePermission PermissionFor(string method, string? handler) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) ? SitePermission.ViewDrafts : SitePermission.EditContent;

    public bool Can(SitePermission permission) => SiteAccessRules.Allows(Grants, permission, _lineage);

    // Not a handler: Razor Pages would otherwise offer it as "?handler=HandlerExecution".
    [NonHandler]
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var services = HttpContext.RequestServices;
        var cancellationToken = HttpContext.RequestAborted;
        var code = RouteData.Values["code"] as string ?? "";
        var site = await services.GetRequiredService<SiteRegistry>().FindAsync(code, cancellationToken);
        if (site is null || (Feature is { } feature && !await services.GetRequiredService<FeatureService>().IsEnabledAsync(site.Id, feature, cancellationToken)))
        {
            context.Result = NotFound();
            return;
        }

        var access = services.GetRequiredService<SiteAccess>();
        Site = site;
        Grants = await access.GrantsAsync(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", cancellationToken);
        _lineage = await access.LineageAsync(site, cancellationToken);
        if (!Grants.HasAnyRole || !Can(PermissionFor(Request.Method, context.HandlerMethod?.Name)))
        {
            context.Result = Forbid();
            return;
        }

        await next();
    }
}
