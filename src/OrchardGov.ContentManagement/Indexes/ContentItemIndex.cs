using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardGov.ContentManagement.ContentItems;

namespace OrchardGov.ContentManagement.Indexes;

/// <summary>The query table every content item version has a row in.</summary>
public sealed class ContentItemIndex : IndexRow
{
    public required string ContentItemId { get; set; }
    public required string ContentItemVersionId { get; set; }
    public required string ContentType { get; set; }
    public string? DisplayText { get; set; }
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public string? Owner { get; set; }
    public string? Author { get; set; }
    public DateTime? CreatedUtc { get; set; }
    public DateTime? ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
}

public sealed class ContentItemIndexProvider : IndexProvider<ContentItemIndex>
{
    protected override void Configure(EntityTypeBuilder<ContentItemIndex> table)
    {
        table.ToTable("ContentItemIndex");
        table.Property(row => row.ContentItemId).HasMaxLength(26);
        table.Property(row => row.ContentItemVersionId).HasMaxLength(26);
        table.Property(row => row.ContentType).HasMaxLength(255);
        table.Property(row => row.Owner).HasMaxLength(255);
        table.Property(row => row.Author).HasMaxLength(255);
        table.HasIndex(row => new { row.SiteId, row.ContentItemVersionId }).IsUnique();
        table.HasIndex(row => new { row.SiteId, row.ContentItemId, row.Latest, row.Published });
        // One latest and one published version per item, even when two editors save at the same moment.
        table.HasIndex(row => new { row.SiteId, row.ContentItemId }, "UX_ContentItemIndex_Latest").IsUnique().HasFilter("\"Latest\"");
        table.HasIndex(row => new { row.SiteId, row.ContentItemId }, "UX_ContentItemIndex_Published").IsUnique().HasFilter("\"Published\"");
        table.HasIndex(row => new { row.SiteId, row.ContentType, row.Published, row.ModifiedUtc });
    }

    protected override IEnumerable<ContentItemIndex> MapRows(ContentItem item)
    {
        yield return new ContentItemIndex
        {
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            ContentType = item.ContentType,
            DisplayText = item.DisplayText,
            Latest = item.Latest,
            Published = item.Published,
            Owner = item.Owner,
            Author = item.Author,
            CreatedUtc = AsUtc(item.CreatedUtc),
            ModifiedUtc = AsUtc(item.ModifiedUtc),
            PublishedUtc = AsUtc(item.PublishedUtc),
        };
    }

    // Orchard Core writes every date in UTC; a date without a zone in imported JSON is taken as UTC too.
    private static DateTime? AsUtc(DateTime? value) =>
        value is { Kind: DateTimeKind.Unspecified } unspecified ? DateTime.SpecifyKind(unspecified, DateTimeKind.Utc)
        : value?.ToUniversalTime();
}
