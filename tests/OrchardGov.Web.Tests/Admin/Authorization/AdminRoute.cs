using OrchardGov.ContentManagement.Accounts;

namespace OrchardGov.Web.Tests.Admin.Authorization;

/// <summary>
/// One admin operation: a method and a route pattern as the app maps it (with the Razor Pages handler, if any),
/// the permission it needs, and a plausible request to make with it.
/// </summary>
/// <param name="Needs">
/// On a <c>{code}</c> route, the permission needed on that site. On any other route, the permission needed on at
/// least one site, or null when anyone signed in may use it.
/// </param>
public sealed record AdminRoute(string Method, string Pattern, SitePermission? Needs)
{
    /// <summary>The Razor Pages handler, posted as <c>?handler=</c>.</summary>
    public string? Handler { get; init; }

    /// <summary>A query string the operation needs to be meaningful, with its leading '?'.</summary>
    public string Query { get; init; } = "";

    /// <summary>The item the operation acts on: the route's <c>{id}</c>, or the one the form names.</summary>
    public RouteItem Item { get; init; }

    /// <summary>The JSON body of an API call on the given site.</summary>
    public Func<SiteSamples, object>? Json { get; init; }

    /// <summary>The fields of a page's form on the given site about the given item (the anti-forgery token is added when posting).</summary>
    public Func<SiteSamples, string, IEnumerable<(string Name, string Value)>>? Form { get; init; }

    /// <summary>Only platform administrators may use it, whatever roles others hold (<see cref="Needs"/> is then null).</summary>
    public bool PlatformOnly { get; init; }

    /// <summary>Signs the person out, so it is tried on a session of its own.</summary>
    public bool EndsSession { get; init; }

    public bool IsApi => Pattern.StartsWith("/api/", StringComparison.Ordinal);

    public bool IsSiteScoped => Pattern.Contains("{code}", StringComparison.Ordinal);

    /// <summary>How the app's endpoint list and the tests name the operation, e.g. <c>POST /admin/{code}/users?handler=Assign</c>.</summary>
    public string Key => Handler is null ? $"{Method} {Pattern}" : $"{Method} {Pattern}?handler={Handler}";

    public override string ToString() => Key;
}
