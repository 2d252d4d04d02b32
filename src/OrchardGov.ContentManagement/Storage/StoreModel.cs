using OrchardGov.ContentManagement.Indexes;

namespace OrchardGov.ContentManagement.Storage;

/// <summary>
/// The index tables the store's model maps: the core ones, plus those registered by modules. The core model
/// alone is what the store's own migrations describe; modules migrate their tables themselves.
/// </summary>
public sealed class StoreModel(IEnumerable<IIndexProvider> indexProviders)
{
    public static StoreModel Core { get; } = new([]);

    /// <summary>The core providers first, then the modules' in registration order, each index type once.</summary>
    public IReadOnlyList<IIndexProvider> IndexProviders { get; } =
        new IIndexProvider[] { new ContentItemIndexProvider() }.Concat(indexProviders)
            .DistinctBy(provider => provider.IndexType).ToList();

    /// <summary>Distinguishes models with different index tables in EF Core's model cache.</summary>
    public string Key => string.Join(",", IndexProviders.Select(provider => provider.IndexType.FullName));
}
