using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.ContentManagement.Sites;

/// <summary>
/// Sites as public requests need them — by host name and by code, with their enabled features — kept in memory and
/// checked with one small query per request: a site's row and features are read again only when its
/// <see cref="Site.ContentStamp"/> has moved, which every change to the site (on any node) makes it do.
/// The <see cref="Site"/> objects it returns are shared: read them, never change them.
/// </summary>
public sealed class SiteLookup(StoreContextFactory contexts, SiteRegistry sites, FeatureService features, FeatureCatalog catalog)
{
    private const string StampsQuery = """
        SELECT 1, s."Code", s."ContentStamp" FROM "SiteHostNames" h JOIN "Sites" s ON s."Id" = h."SiteId" WHERE h."HostName" = @host
        UNION ALL
        SELECT 2, s."Code", s."ContentStamp" FROM "Sites" s WHERE s."Code" = @code
        """;

    private readonly ConcurrentDictionary<string, CachedSite> _byCode = new(StringComparer.Ordinal);
    // Each site object keeps the features read with it, even after a newer version has replaced it in the cache
    // (a request that began before a change finishes with what it started with).
    private readonly ConditionalWeakTable<Site, IReadOnlySet<string>> _features = new();

    /// <summary>The site bound to the host name and the site the code names (either may be null), in one query.</summary>
    public async Task<(Site? ByHost, Site? ByCode)> FindAsync(string hostName, string code, CancellationToken cancellationToken = default)
    {
        var stamps = new List<(int Kind, string Code, long Stamp)>(2);
        await using (var connection = contexts.CreateConnection())
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = StampsQuery;
            AddParameter(command, "host", hostName.ToLowerInvariant());
            AddParameter(command, "code", code);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                stamps.Add((Convert.ToInt32(reader.GetValue(0)), reader.GetString(1), reader.GetInt64(2)));
            }
        }

        Site? byHost = null, byCode = null;
        foreach (var (kind, siteCode, stamp) in stamps)
        {
            var site = (await CurrentAsync(siteCode, stamp, cancellationToken))?.Site;
            if (kind == 1)
            {
                byHost ??= site;
            }
            else
            {
                byCode = site;
            }
        }

        if (stamps.All(s => s.Kind != 2))
        {
            _byCode.TryRemove(code, out _);
        }

        return (byHost, byCode);
    }

    public async Task<Site?> FindAsync(string code, CancellationToken cancellationToken = default) =>
        (await FindAsync("", code, cancellationToken)).ByCode;

    /// <summary>The site the request is for, as <see cref="Remember"/> recorded it, or else found by its code.</summary>
    public async Task<Site?> FindAsync(HttpContext http, string code) =>
        http.Items[typeof(SiteLookup)] is Site known && known.Code == code ? known : await FindAsync(code, http.RequestAborted);

    /// <summary>Records the site a request is for, so that later steps of the request need not look it up again.</summary>
    public static void Remember(HttpContext http, Site site) => http.Items[typeof(SiteLookup)] = site;

    /// <summary>Whether the feature is on for the site (as of the site object's stamp).</summary>
    public bool IsEnabled(Site site, string featureId) =>
        catalog.Find(featureId) is { } feature
        && (feature.AlwaysEnabled || (_features.TryGetValue(site, out var enabled)
            ? enabled.Contains(feature.Id)
            : throw new InvalidOperationException($"Site {site.Code} was not found through {nameof(SiteLookup)}; ask it for the site first.")));

    private async Task<CachedSite?> CurrentAsync(string code, long stamp, CancellationToken cancellationToken)
    {
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
        _features.AddOrUpdate(site, cached.Features);
        _byCode[code] = cached;
        return cached;
    }

    private static void AddParameter(System.Data.Common.DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private sealed record CachedSite(Site Site, IReadOnlySet<string> Features);
}
