namespace OrchardGov.ContentManagement.Features;

/// <summary>
/// A feature a module offers. <paramref name="AlwaysEnabled"/> features are part of every site and cannot be
/// switched off; <paramref name="Dependencies"/> are enabled with it.
/// </summary>
public sealed record FeatureDescriptor(
    string Id, string Name, string Description, bool AlwaysEnabled = false, IReadOnlyList<string>? Dependencies = null)
{
    public IReadOnlyList<string> Dependencies { get; init; } = Dependencies ?? [];
}
