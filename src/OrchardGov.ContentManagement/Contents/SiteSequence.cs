namespace OrchardGov.ContentManagement.Contents;

/// <summary>A named counter of a site (e.g. the 索引号 serial of one year), the last value handed out.</summary>
public sealed class SiteSequence
{
    public int SiteId { get; set; }
    public required string Name { get; set; }
    public long Value { get; set; }
}
