using Microsoft.AspNetCore.Http;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.ContentManagement.Theming;

/// <summary>A module's home page for the sites that have its feature on; other sites get the host's plain home.</summary>
public interface ISiteHomePage
{
    string FeatureId { get; }

    /// <summary>The rendered home page of the site (the caller caches it).</summary>
    Task<PortalPage> RenderAsync(HttpContext http, Site site);
}
