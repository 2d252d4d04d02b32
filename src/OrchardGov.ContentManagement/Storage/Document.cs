namespace OrchardGov.ContentManagement.Storage;

/// <summary>A stored JSON document of one site: a content item version, or a site's content definition.</summary>
public sealed class Document : ISiteScoped
{
    public long Id { get; set; }
    public int SiteId { get; set; }

    /// <summary>What the JSON is, e.g. <see cref="DocumentTypes.ContentItem"/>.</summary>
    public required string Type { get; set; }

    public required string Content { get; set; }
}
