using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.ContentManagement.Sites;

/// <summary>
/// Sites as public requests need them — by code or host name, with their enabled features — kept in memory and
/// checked with one small query per request: a site's row and features are read again only when its
/// <see cref="Site.ContentStamp"/> has moved, which every change to the site (on any node) makes it do.
/// The <see cref="Site"/> objects it returns are shared: read them, never change them.
/// </summary>
public sealed class SiteLookup(StoreContextFactory contexts, SiteRegistry sites, FeatureService features, FeatureCatalog catalog)
{
    private readonly ConcurrentDictionary<string, CachedSite> _byCode = new(StringComparer.Ordinal);

    public async Task<Site?> FindAsync(string code, CancellationToken cancellationToken = default) =>
        (await CurrentAsync(code, cancellationToken))?.Site;

    public async Task<Site?> FindByHostAsync(string hostName, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var host = hostName.ToLowerInvariant();
        var code = await db.Sites.Where(s => s.HostNames.Any(h => h.HostName == host)).Select(s => s.Code).FirstOrDefaultAsync(cancellationToken);
        return code is null ? null : await FindAsync(code, cancellationToken);
    }

    /// <summary>Whether the feature is on for the site (as of the site object's stamp).</summary>
    public bool IsEnabled(Site site, string featureId) =>
        catalog.Find(featureId) is { } feature
        && (feature.AlwaysEnabled || (_byCode.TryGetValue(site.Code, out var cached) && cached.Site.ContentStamp == site.ContentStamp
            ? cached.Features.Contains(feature.Id)
            : throw new InvalidOperationException($"Site {site.Code} was not found through {nameof(SiteLookup)}; ask it for the site first.")));

    private async Task<CachedSite?> CurrentAsync(string code, CancellationToken cancellationToken)
    {
        long? stamp;
        await using (var db = contexts.Create())
        {
            stamp = await db.Sites.Where(s => s.Code == code).Select(s => (long?)s.ContentStamp).FirstOrDefaultAsync(cancellationToken);
        }

        if (stamp is null)
        {
            _byCode.TryRemove(code, out _);
            return null;
        }

        if (_byCode.TryGetValue(code, out var cached) && cached.Site.ContentStamp == stamp)
        {
            return cached;
        }

        // The site first, then its features: a feature changed in between is newer than the site's stamp, so the
        // next request reloads both; never an old feature list under a new stamp.
        var site = await sites.FindAsync(code, cancellationToken);
        if (site is null)
        {
            return null;
        }

        var enabled = (await features.ListAsync(site.Id, cancellationToken)).Where(f => f.Enabled).Select(f => f.Feature.Id);
        cached = new CachedSite(site, enabled.ToHashSet(StringComparer.OrdinalIgnoreCase));
        _byCode[code] = cached;
        return cached;
    }

    private sealed record CachedSite(Site Site, IReadOnlySet<string> Features);
}
