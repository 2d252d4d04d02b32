using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Indexes;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Indexes;

/// <summary>Articles by column, catalog entry, 索引号 and dates (latest and published versions).</summary>
public sealed class ArticleIndex : IndexRow
{
    public required string ContentItemId { get; set; }
    public string? ColumnId { get; set; }
    public string? CatalogEntryId { get; set; }
    public string? IndexNumber { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public DateOnly? FormedOn { get; set; }
    public Validity Validity { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public DateTime? ScheduledUtc { get; set; }
    public ArticleReviewStatus ReviewStatus { get; set; }
    public bool Latest { get; set; }
    public bool Published { get; set; }
}

public sealed class ArticleIndexProvider : IndexProvider<ArticleIndex>
{
    protected override void Configure(EntityTypeBuilder<ArticleIndex> table)
    {
        table.ToTable("ArticleIndex");
        table.Property(row => row.ContentItemId).HasMaxLength(26);
        table.Property(row => row.ColumnId).HasMaxLength(26);
        table.Property(row => row.CatalogEntryId).HasMaxLength(26);
        table.Property(row => row.IndexNumber).HasMaxLength(100);
        table.Property(row => row.Validity).HasConversion<string>().HasMaxLength(16);
        // A column's page of articles, newest first, and their count: the index gives the order and covers the filter.
        table.HasIndex(row => new { row.SiteId, row.ColumnId, row.PublishedUtc, row.Published });
        table.HasIndex(row => new { row.SiteId, row.CatalogEntryId, row.Published });
        // 索引号 are unique within a site: the latest version of each article holds its number.
        table.HasIndex(row => new { row.SiteId, row.IndexNumber }, "UX_ArticleIndex_IndexNumber").IsUnique().HasFilter("\"Latest\"");
        table.Property(row => row.ReviewStatus).HasConversion<string>().HasMaxLength(16);
        table.HasIndex(row => row.ScheduledUtc).HasFilter("\"ScheduledUtc\" IS NOT NULL");
        table.HasIndex(row => new { row.SiteId, row.ReviewStatus });
        // The county's compliance figures read every article of its townships: this index holds all they need.
        table.HasIndex(row => new { row.SiteId, row.Latest, row.Published, row.CatalogEntryId, row.ColumnId, row.FormedOn, row.PublishedOn, row.ContentItemId, row.IndexNumber },
            "IX_ArticleIndex_Compliance");
    }

    protected override IEnumerable<ArticleIndex> MapRows(ContentItem item)
    {
        if (item.ContentType != DisclosureTypes.Article || !(item.Latest || item.Published))
        {
            yield break;
        }

        var article = ArticleContent.Read(item);
        yield return new ArticleIndex
        {
            ContentItemId = item.ContentItemId,
            ColumnId = article.ColumnId,
            CatalogEntryId = article.CatalogEntryId,
            IndexNumber = article.IndexNumber.Length == 0 ? null : article.IndexNumber,
            PublishedOn = article.PublishedOn,
            FormedOn = article.FormedOn,
            Validity = article.Validity,
            ScheduledUtc = item.Latest && !item.Published ? article.ScheduledUtc : null,
            ReviewStatus = item.Latest ? article.ReviewStatus : ArticleReviewStatus.None,
            PublishedUtc = item.PublishedUtc is { Kind: DateTimeKind.Unspecified } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : item.PublishedUtc?.ToUniversalTime(),
            Latest = item.Latest,
            Published = item.Published,
        };
    }
}
