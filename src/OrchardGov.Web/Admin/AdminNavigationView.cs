using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Web.Admin;

/// <summary>What the admin layout shows around a page: who is signed in, the main menu and, on a site's pages, the site's menu.</summary>
public sealed record AdminNavigationView(string? PersonName, IReadOnlyList<AdminLink> Main, Site? Site, IReadOnlyList<AdminLink> SiteLinks)
{
    public static AdminNavigationView Anonymous { get; } = new(null, [], null, []);
}
