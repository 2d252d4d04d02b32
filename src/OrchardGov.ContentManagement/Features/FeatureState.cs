namespace OrchardGov.ContentManagement.Features;

/// <summary>A feature and whether a given site has it on.</summary>
public sealed record FeatureState(FeatureDescriptor Feature, bool Enabled);
