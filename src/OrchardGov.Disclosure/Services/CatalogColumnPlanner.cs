using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services;

/// <summary>
/// Gives every 主动 entry of a domain exactly one column, under 政务公开事项标准目录 → domain → 一级事项 → 二级事项,
/// reusing the columns a site already has; 依申请 and 不予公开 entries get none. A plain rule, shared by the
/// standard recipes and the catalog import.
/// </summary>
public static class CatalogColumnPlanner
{
    private static readonly string[] PolicyWords = ["政策", "文件", "法律", "法规", "规章", "通知", "公告"];

    public static CatalogPlan Plan(Domain domain, IReadOnlyList<CatalogEntry> entries, IReadOnlyList<Column> existingColumns)
    {
        var columns = existingColumns.ToDictionary(c => c.ContentItemId);
        var added = new List<Column>();
        var domainColumn = FindChild(columns.Values, StandardColumns.CatalogRootId, domain.Name)
            ?? Add(new Column
            {
                ContentItemId = domain.ColumnId ?? StableIds.DomainColumn(domain.Key), ParentId = StandardColumns.CatalogRootId, Title = domain.Name,
                Slug = domain.Key, Order = domain.Order, Kind = ColumnKind.CatalogView, Domain = domain.Key,
            });

        var planned = new List<CatalogEntry>(entries.Count);
        foreach (var entry in entries.OrderBy(e => e.Order))
        {
            var id = entry.ContentItemId.Length > 0 ? entry.ContentItemId : StableIds.Entry(domain.Key, entry.Category, entry.Item);
            if (!entry.IsProactive)
            {
                planned.Add(entry with { ContentItemId = id, Domain = domain.Key, ColumnId = null });
                continue;
            }

            var category = FindChild(columns.Values, domainColumn.ContentItemId, entry.Category)
                ?? Add(new Column
                {
                    ContentItemId = StableIds.CategoryColumn(domain.Key, entry.Category), ParentId = domainColumn.ContentItemId,
                    Title = entry.Category, Slug = NextSlug('c', domainColumn.ContentItemId), Order = ChildCount(domainColumn.ContentItemId) + 1,
                    Kind = ColumnKind.List, Domain = domain.Key, Freshness = FreshnessOf(entry.Category, ""),
                });
            var column = entry.ColumnId is { } bound && columns.ContainsKey(bound) ? columns[bound]
                : FindChild(columns.Values, category.ContentItemId, entry.Item)
                ?? Add(new Column
                {
                    ContentItemId = StableIds.EntryColumn(domain.Key, entry.Category, entry.Item), ParentId = category.ContentItemId,
                    Title = entry.Item, Slug = NextSlug('i', category.ContentItemId), Order = ChildCount(category.ContentItemId) + 1,
                    Kind = ColumnKind.List, Domain = domain.Key, Freshness = FreshnessOf(entry.Category, entry.Item),
                });
            planned.Add(entry with { ContentItemId = id, Domain = domain.Key, ColumnId = column.ContentItemId });
        }

        return new CatalogPlan(domain with { ColumnId = domainColumn.ContentItemId }, added, planned);

        Column Add(Column column)
        {
            columns[column.ContentItemId] = column;
            added.Add(column);
            return column;
        }

        int ChildCount(string parentId) => columns.Values.Count(c => c.ParentId == parentId);

        string NextSlug(char prefix, string parentId)
        {
            var taken = columns.Values.Where(c => c.ParentId == parentId).Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
            return Enumerable.Range(1, taken.Count + 1).Select(n => $"{prefix}{n:00}").First(slug => !taken.Contains(slug));
        }
    }

    /// <summary>Policy and document columns are expected to be updated every 6 months; the others when their content changes.</summary>
    public static FreshnessClass FreshnessOf(string category, string item) =>
        PolicyWords.Any(word => category.Contains(word, StringComparison.Ordinal) || item.Contains(word, StringComparison.Ordinal))
            ? FreshnessClass.NoticesAndPolicies : FreshnessClass.Static;

    private static Column? FindChild(IEnumerable<Column> columns, string parentId, string title) =>
        columns.FirstOrDefault(c => c.ParentId == parentId && c.Title == title);
}
