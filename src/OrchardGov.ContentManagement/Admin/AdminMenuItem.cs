using OrchardGov.ContentManagement.Accounts;

namespace OrchardGov.ContentManagement.Admin;

/// <summary>One link of a site's admin menu, shown to those who hold <see cref="Permission"/> on the site.</summary>
public sealed record AdminMenuItem(string Title, string Url, SitePermission Permission, int Order = 0)
{
    /// <summary>Shown to platform administrators only, whatever roles others hold (pages about the whole platform).</summary>
    public bool PlatformOnly { get; init; }
}
