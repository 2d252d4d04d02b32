using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Admin;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Web.Admin;

namespace OrchardGov.Web.Pages.Admin.Site;

/// <summary>A site's admin home: what the site is, its features, the sites below it, and what the person can do here.</summary>
public sealed class IndexModel(SiteRegistry sites, FeatureService features, SiteAdminLinks links) : SiteAdminPageModel
{
    public ContentManagement.Sites.Site? Parent { get; private set; }

    public IReadOnlyList<ContentManagement.Sites.Site> Children { get; private set; } = [];

    public IReadOnlyList<FeatureDescriptor> EnabledFeatures { get; private set; } = [];

    public IReadOnlyList<AdminLink> Links { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        Parent = Site.ParentId is { } parentId ? await sites.FindAsync(parentId, cancellationToken) : null;
        Children = await sites.ChildrenAsync(Site.Id, cancellationToken);
        EnabledFeatures = (await features.ListAsync(Site.Id, cancellationToken)).Where(state => state.Enabled).Select(state => state.Feature).ToList();
        Links = (await links.ForAsync(this, cancellationToken)).Where(link => link.Url != Request.Path.Value).ToList();
    }

    /// <summary>Managing a site includes the sites below it, so its children's settings open for the same people.</summary>
    public bool CanManageChildren => Can(SitePermission.ManageSite);
}
