using Microsoft.EntityFrameworkCore;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.ContentManagement.Features;

/// <summary>
/// Switches features on and off per site. Each switch runs in a content session, with the features'
/// handlers, so that a failing handler leaves the feature as it was; the audit trail records it in the same
/// transaction, whoever switched it (the admin, the API, the command line, a recipe).
/// </summary>
public sealed class FeatureService(
    ContentStore store, StoreContextFactory contexts, FeatureCatalog catalog, IEnumerable<IFeatureEventHandler> handlers, AuditTrail audit,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<FeatureState>> ListAsync(int siteId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var enabled = await EnabledIdsAsync(db, siteId, cancellationToken);
        return catalog.All.Select(f => new FeatureState(f, f.AlwaysEnabled || enabled.Contains(f.Id))).ToList();
    }

    public async Task<bool> IsEnabledAsync(int siteId, string featureId, CancellationToken cancellationToken = default)
    {
        if (catalog.Find(featureId) is not { } feature)
        {
            return false;
        }

        await using var db = contexts.Create();
        return feature.AlwaysEnabled
            || await db.SiteFeatures.AnyAsync(f => f.SiteId == siteId && f.FeatureId == feature.Id, cancellationToken);
    }

    /// <summary>The ids of the sites where the feature is on.</summary>
    public async Task<IReadOnlySet<int>> SitesWithAsync(string featureId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return catalog.Find(featureId) is { AlwaysEnabled: true }
            ? (await db.Sites.Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet()
            : (await db.SiteFeatures.Where(f => f.FeatureId == featureId).Select(f => f.SiteId).ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>Enables the feature and the features it depends on; returns the ids newly enabled.</summary>
    public async Task<IReadOnlyList<string>> EnableAsync(int siteId, string featureId, CancellationToken cancellationToken = default)
    {
        await using var session = store.OpenSession(siteId);
        var enabled = await EnableAsync(session, featureId, cancellationToken);
        await session.CommitAsync();
        return enabled;
    }

    /// <summary>Enables the feature and its dependencies within the session's transaction.</summary>
    public async Task<IReadOnlyList<string>> EnableAsync(ContentSession session, string featureId, CancellationToken cancellationToken = default)
    {
        var enabled = await EnabledIdsAsync(session.Db, session.SiteId, cancellationToken);
        var toEnable = WithDependencies(catalog.Get(featureId))
            .Where(f => !f.AlwaysEnabled && !enabled.Contains(f.Id)).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var feature in toEnable)
        {
            session.Db.SiteFeatures.Add(new SiteFeature { SiteId = session.SiteId, FeatureId = feature.Id, EnabledUtc = now });
            // What the site shows may change with it: copies of its content (search indexes) read it again.
            session.Db.ContentChanges.Add(ContentChange.WholeSite(session.SiteId, now));
            audit.Record(session, new AuditRecord("feature.enable", feature.Id, $"功能 {feature.Name}（{feature.Id}）", new { Enabled = false }, new { Enabled = true }));
            foreach (var handler in handlers)
            {
                await handler.EnabledAsync(session, feature, cancellationToken);
            }
        }

        await session.FlushAsync();
        return toEnable.Select(f => f.Id).ToList();
    }

    /// <summary>Disables the feature; false when it was not enabled.</summary>
    public async Task<bool> DisableAsync(int siteId, string featureId, CancellationToken cancellationToken = default)
    {
        await using var session = store.OpenSession(siteId);
        var disabled = await DisableAsync(session, featureId, cancellationToken);
        await session.CommitAsync();
        return disabled;
    }

    public async Task<bool> DisableAsync(ContentSession session, string featureId, CancellationToken cancellationToken = default)
    {
        var feature = catalog.Get(featureId);
        if (feature.AlwaysEnabled)
        {
            throw new UserInputException($"Feature '{feature.Id}' ({feature.Name}) is part of every site and cannot be disabled.");
        }

        var enabled = await EnabledIdsAsync(session.Db, session.SiteId, cancellationToken);
        var enabledDependents = catalog.All
            .Where(f => enabled.Contains(f.Id) && f.Dependencies.Contains(feature.Id, StringComparer.OrdinalIgnoreCase))
            .Select(f => f.Id).ToList();
        if (enabledDependents.Count > 0)
        {
            throw new UserInputException(
                $"Feature '{feature.Id}' is needed by {string.Join(", ", enabledDependents)}; disable those first.");
        }

        var row = await session.Db.SiteFeatures.FirstOrDefaultAsync(f => f.SiteId == session.SiteId && f.FeatureId == feature.Id, cancellationToken);
        if (row is null)
        {
            return false;
        }

        session.Db.SiteFeatures.Remove(row);
        session.Db.ContentChanges.Add(ContentChange.WholeSite(session.SiteId, clock.GetUtcNow().UtcDateTime));
        audit.Record(session, new AuditRecord("feature.disable", feature.Id, $"功能 {feature.Name}（{feature.Id}）", new { Enabled = true }, new { Enabled = false }));
        foreach (var handler in handlers)
        {
            await handler.DisabledAsync(session, feature, cancellationToken);
        }

        await session.FlushAsync();
        return true;
    }

    private static async Task<HashSet<string>> EnabledIdsAsync(StoreDbContext db, int siteId, CancellationToken cancellationToken)
    {
        var ids = await db.SiteFeatures.Where(f => f.SiteId == siteId).Select(f => f.FeatureId).ToListAsync(cancellationToken);
        return ids.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private IEnumerable<FeatureDescriptor> WithDependencies(FeatureDescriptor feature, HashSet<string>? seen = null)
    {
        seen ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (!seen.Add(feature.Id))
        {
            yield break;
        }

        foreach (var dependency in feature.Dependencies)
        {
            foreach (var required in WithDependencies(catalog.Get(dependency), seen))
            {
                yield return required;
            }
        }

        yield return feature;
    }
}
