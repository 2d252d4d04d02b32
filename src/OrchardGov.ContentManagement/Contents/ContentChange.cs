namespace OrchardGov.ContentManagement.Contents;

/// <summary>
/// One line of the content change log: an item of a site was written (created, edited, published, unpublished,
/// removed, imported), in the same transaction as the write. Whatever keeps a copy of content outside the database
/// (a node's search index) reads the log from where it left off, so it misses nothing across crashes and nodes.
/// A line without an item asks for everything of the site to be read again; one without a site, of every site.
/// </summary>
public sealed class ContentChange
{
    public long Id { get; set; }

    /// <summary>0 with no <see cref="ContentItemId"/>: every site.</summary>
    public int SiteId { get; set; }

    public string? ContentItemId { get; set; }

    public string? ContentType { get; set; }

    public DateTime AtUtc { get; set; }

    public bool IsWholeSite => ContentItemId is null;

    /// <summary>A line asking for everything of the site to be read again (of every site for 0).</summary>
    public static ContentChange WholeSite(int siteId, DateTime atUtc) => new() { SiteId = siteId, AtUtc = atUtc };
}
