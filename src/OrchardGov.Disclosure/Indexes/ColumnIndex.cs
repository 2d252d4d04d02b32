using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Indexes;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Indexes;

/// <summary>The column tree of a site: each column's parent, slug and order (latest and published versions).</summary>
public sealed class ColumnIndex : IndexRow
{
    public required string ContentItemId { get; set; }
    public string? ParentId { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public int Order { get; set; }
    public ColumnKind Kind { get; set; }
    public FreshnessClass Freshness { get; set; }
    public string? Domain { get; set; }
    public bool Hidden { get; set; }

    /// <summary>A single-page column whose page has no text: a blank column (空白栏目) to inspectors.</summary>
    public bool EmptyPage { get; set; }
    public bool Latest { get; set; }
    public bool Published { get; set; }
}

public sealed class ColumnIndexProvider : IndexProvider<ColumnIndex>
{
    protected override void Configure(EntityTypeBuilder<ColumnIndex> table)
    {
        table.ToTable("ColumnIndex");
        table.Property(row => row.ContentItemId).HasMaxLength(26);
        table.Property(row => row.ParentId).HasMaxLength(26);
        table.Property(row => row.Slug).HasMaxLength(200);
        table.Property(row => row.Domain).HasMaxLength(64);
        table.Property(row => row.Kind).HasConversion<string>().HasMaxLength(16);
        table.Property(row => row.Freshness).HasConversion<string>().HasMaxLength(24);
        table.HasIndex(row => new { row.SiteId, row.ParentId, row.Published });
        table.HasIndex(row => new { row.SiteId, row.ContentItemId });
    }

    protected override IEnumerable<ColumnIndex> MapRows(ContentItem item)
    {
        if (item.ContentType != DisclosureTypes.Column || !(item.Latest || item.Published))
        {
            yield break;
        }

        var column = ColumnContent.Read(item);
        yield return new ColumnIndex
        {
            ContentItemId = item.ContentItemId,
            ParentId = column.ParentId,
            Slug = column.Slug,
            Title = column.Title,
            Order = column.Order,
            Kind = column.Kind,
            Freshness = column.Freshness,
            Domain = column.Domain.Length == 0 ? null : column.Domain,
            Hidden = column.Hidden,
            EmptyPage = column.Kind == ColumnKind.SinglePage && HtmlText.IsBlank(column.Body),
            Latest = item.Latest,
            Published = item.Published,
        };
    }
}
