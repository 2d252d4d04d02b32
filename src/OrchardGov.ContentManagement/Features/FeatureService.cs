using Microsoft.EntityFrameworkCore;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.ContentManagement.Features;

/// <summary>Switches features on and off per site.</summary>
public sealed class FeatureService(
    StoreContextFactory contexts, FeatureCatalog catalog, IEnumerable<IFeatureEventHandler> handlers, TimeProvider clock)
{
    public async Task<IReadOnlyList<FeatureState>> ListAsync(int siteId, CancellationToken cancellationToken = default)
    {
        var enabled = await EnabledIdsAsync(siteId, cancellationToken);
        return catalog.All.Select(f => new FeatureState(f, f.AlwaysEnabled || enabled.Contains(f.Id))).ToList();
    }

    public async Task<bool> IsEnabledAsync(int siteId, string featureId, CancellationToken cancellationToken = default)
    {
        var feature = catalog.Find(featureId);
        if (feature is null)
        {
            return false;
        }

        if (feature.AlwaysEnabled)
        {
            return true;
        }

        await using var db = contexts.Create();
        return await db.SiteFeatures.AnyAsync(f => f.SiteId == siteId && f.FeatureId == feature.Id, cancellationToken);
    }

    /// <summary>Enables the feature and the features it depends on; returns the ids newly enabled.</summary>
    public async Task<IReadOnlyList<string>> EnableAsync(int siteId, string featureId, CancellationToken cancellationToken = default)
    {
        var enabled = await EnabledIdsAsync(siteId, cancellationToken);
        var toEnable = WithDependencies(catalog.Get(featureId))
            .Where(f => !f.AlwaysEnabled && !enabled.Contains(f.Id)).ToList();
        if (toEnable.Count == 0)
        {
            return [];
        }

        // A feature counts as enabled only once its handlers (its migration recipe) have succeeded.
        foreach (var feature in toEnable)
        {
            foreach (var handler in handlers)
            {
                await handler.EnabledAsync(siteId, feature, cancellationToken);
            }
        }

        await using (var db = contexts.Create())
        {
            var now = clock.GetUtcNow().UtcDateTime;
            db.SiteFeatures.AddRange(toEnable.Select(f => new SiteFeature { SiteId = siteId, FeatureId = f.Id, EnabledUtc = now }));
            await db.SaveChangesAsync(cancellationToken);
        }

        return toEnable.Select(f => f.Id).ToList();
    }

    /// <summary>Disables the feature; false when it was not enabled.</summary>
    public async Task<bool> DisableAsync(int siteId, string featureId, CancellationToken cancellationToken = default)
    {
        var feature = catalog.Get(featureId);
        if (feature.AlwaysEnabled)
        {
            throw new UserInputException($"Feature '{feature.Id}' ({feature.Name}) is part of every site and cannot be disabled.");
        }

        await using var db = contexts.Create();
        var dependents = catalog.All.Where(f => f.Dependencies.Contains(feature.Id, StringComparer.OrdinalIgnoreCase)).Select(f => f.Id).ToList();
        var enabledDependents = await db.SiteFeatures
            .Where(f => f.SiteId == siteId && dependents.Contains(f.FeatureId)).Select(f => f.FeatureId).ToListAsync(cancellationToken);
        if (enabledDependents.Count > 0)
        {
            throw new UserInputException(
                $"Feature '{feature.Id}' is needed by {string.Join(", ", enabledDependents)}; disable those first.");
        }

        var removed = await db.SiteFeatures.Where(f => f.SiteId == siteId && f.FeatureId == feature.Id).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            return false;
        }

        foreach (var handler in handlers)
        {
            await handler.DisabledAsync(siteId, feature, cancellationToken);
        }

        return true;
    }

    private async Task<HashSet<string>> EnabledIdsAsync(int siteId, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
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
