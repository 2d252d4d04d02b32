using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.ContentManagement.Admin;

/// <summary>How a module adds its pages to a site's admin menu; it offers them only where its feature is on.</summary>
public interface ISiteAdminMenu
{
    /// <param name="enabledFeatures">The features enabled on the site.</param>
    IEnumerable<AdminMenuItem> ItemsFor(Site site, IReadOnlySet<string> enabledFeatures);
}
