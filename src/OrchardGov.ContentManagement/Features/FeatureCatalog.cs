namespace OrchardGov.ContentManagement.Features;

/// <summary>Every feature the host's modules offer, by id (case-insensitive).</summary>
public sealed class FeatureCatalog(IEnumerable<FeatureDescriptor> features)
{
    private readonly Dictionary<string, FeatureDescriptor> _byId =
        features.ToDictionary(f => f.Id, StringComparer.OrdinalIgnoreCase);

    public IEnumerable<FeatureDescriptor> All => _byId.Values.OrderBy(f => f.Id, StringComparer.Ordinal);

    public FeatureDescriptor? Find(string id) => _byId.GetValueOrDefault(id);

    public FeatureDescriptor Get(string id) => Find(id) ?? throw new UserInputException(
        $"Unknown feature '{id}'. Available features: {string.Join(", ", All.Select(f => f.Id))}.");
}
