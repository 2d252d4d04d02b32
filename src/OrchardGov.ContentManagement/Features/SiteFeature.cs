namespace OrchardGov.ContentManagement.Features;

/// <summary>A feature enabled on one site.</summary>
public sealed class SiteFeature
{
    public int SiteId { get; set; }
    public required string FeatureId { get; set; }
    public DateTime EnabledUtc { get; set; }
}
