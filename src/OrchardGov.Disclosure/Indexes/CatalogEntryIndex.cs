using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Indexes;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Indexes;

/// <summary>The catalog entries of a site, by domain, 公开方式 and bound column, with their 公开时限 (latest and published versions).</summary>
public sealed class CatalogEntryIndex : IndexRow
{
    public required string ContentItemId { get; set; }
    public required string Domain { get; set; }
    public required string Category { get; set; }
    public required string Item { get; set; }
    public DisclosureMethod Method { get; set; }
    public bool County { get; set; }
    public bool Township { get; set; }
    public string? ColumnId { get; set; }
    public string? ResponsibleUnit { get; set; }

    /// <summary>The 公开时限 as written, from which compliance reads the entry's deadline rule.</summary>
    public string? TimeLimit { get; set; }
    public int Order { get; set; }
    public bool Latest { get; set; }
    public bool Published { get; set; }
}

public sealed class CatalogEntryIndexProvider : IndexProvider<CatalogEntryIndex>
{
    protected override void Configure(EntityTypeBuilder<CatalogEntryIndex> table)
    {
        table.ToTable("CatalogEntryIndex");
        table.Property(row => row.ContentItemId).HasMaxLength(26);
        table.Property(row => row.Domain).HasMaxLength(64);
        table.Property(row => row.ColumnId).HasMaxLength(26);
        table.Property(row => row.Method).HasConversion<string>().HasMaxLength(16);
        table.HasIndex(row => new { row.SiteId, row.Domain, row.Latest, row.Published });
        table.HasIndex(row => new { row.SiteId, row.ColumnId });
    }

    protected override IEnumerable<CatalogEntryIndex> MapRows(ContentItem item)
    {
        if (item.ContentType != DisclosureTypes.CatalogEntry || !(item.Latest || item.Published))
        {
            yield break;
        }

        var entry = CatalogEntryContent.Read(item);
        yield return new CatalogEntryIndex
        {
            ContentItemId = item.ContentItemId,
            Domain = entry.Domain,
            Category = entry.Category,
            Item = entry.Item,
            Method = entry.Method,
            County = entry.Levels.Contains(DisclosureLevel.County),
            Township = entry.Levels.Contains(DisclosureLevel.Township),
            ColumnId = entry.ColumnId,
            ResponsibleUnit = entry.ResponsibleUnit,
            TimeLimit = entry.TimeLimit,
            Order = entry.Order,
            Latest = item.Latest,
            Published = item.Published,
        };
    }
}
