using System.Data.Common;
using System.Text.Json;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Storage;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services.Compliance;

/// <summary>
/// Reads <see cref="SiteFacts"/> for many sites in a handful of queries over the index tables, with plain commands:
/// a county's report reads hundreds of thousands of rows and needs neither tracking nor documents.
/// </summary>
public sealed class SiteFactsReader(StoreContextFactory contexts)
{
    public async Task<IReadOnlyList<SiteFacts>> ReadAsync(IReadOnlyList<SiteRef> sites, bool withTitles, CancellationToken cancellationToken = default)
    {
        if (sites.Count == 0)
        {
            return [];
        }

        var ids = string.Join(",", sites.Select(s => s.Id));
        await using var connection = contexts.CreateConnection();
        await connection.OpenAsync(cancellationToken);

        var entries = await ReadAsync(connection, $"""
            SELECT "SiteId", "ContentItemId", "Domain", "Category", "Item", "Method", "ColumnId", "TimeLimit"
            FROM "CatalogEntryIndex" WHERE "Published" AND "SiteId" IN ({ids})
            """, r => new EntryFact(r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
                Enum.TryParse<DisclosureMethod>(r.GetString(5), out var method) ? method : DisclosureMethod.Proactive,
                Text(r, 6), Text(r, 7) ?? ""), cancellationToken);
        var columns = await ReadAsync(connection, $"""
            SELECT "SiteId", "ContentItemId", "ParentId", "Slug", "Order", "Title", "Kind", "Freshness", "Domain", "Hidden", "EmptyPage"
            FROM "ColumnIndex" WHERE "Published" AND "SiteId" IN ({ids})
            """, r => new ColumnFact(r.GetString(1), Text(r, 2), r.GetString(3), r.GetInt32(4), r.GetString(5),
                Enum.TryParse<ColumnKind>(r.GetString(6), out var kind) ? kind : ColumnKind.List,
                Enum.TryParse<FreshnessClass>(r.GetString(7), out var freshness) ? freshness : FreshnessClass.Static,
                Text(r, 8) ?? "", r.GetBoolean(9), r.GetBoolean(10)), cancellationToken);
        var title = withTitles ? "c.\"DisplayText\"" : "''";
        var join = withTitles
            ? "LEFT JOIN \"ContentItemIndex\" c ON c.\"SiteId\" = a.\"SiteId\" AND c.\"ContentItemId\" = a.\"ContentItemId\" AND c.\"Latest\""
            : "";
        var articles = await ReadAsync(connection, $"""
            SELECT a."SiteId", a."ContentItemId", {title}, a."ColumnId", a."CatalogEntryId", a."FormedOn", a."PublishedOn", a."Latest", a."Published"
            FROM "ArticleIndex" a {join} WHERE a."SiteId" IN ({ids})
            """, r => new ArticleFact(r.GetString(1), Text(r, 2) ?? "", Text(r, 3), Text(r, 4), Date(r, 5), Date(r, 6),
                r.GetBoolean(7), r.GetBoolean(8)), cancellationToken);
        var domains = await ReadAsync(connection, $"""
            SELECT i."SiteId", d."Content" FROM "ContentItemIndex" i JOIN "Documents" d ON d."Id" = i."DocumentId"
            WHERE i."ContentType" = '{DisclosureTypes.Domain}' AND i."Published" AND i."SiteId" IN ({ids})
            """, r => DomainContent.Read(ContentItemJson.Parse(r.GetString(1))), cancellationToken);
        var rules = await ReadAsync(connection, $"""
            SELECT "SiteId", "Content" FROM "Documents" WHERE "Type" = '{DeadlineRulesStore.DocumentType}' AND "SiteId" IN ({ids})
            """, r => DeadlineRulesStore.Parse(r.GetString(1)), cancellationToken);

        return sites.Select(site => new SiteFacts(
            site,
            entries[site.Id].ToList(),
            columns[site.Id].ToList(),
            articles[site.Id].ToList(),
            domains[site.Id].Where(d => d.NotApplicableReason is not null).OrderBy(d => d.Order).ToList(),
            rules[site.Id].FirstOrDefault() ?? new Dictionary<string, string>())).ToList();
    }

    private static async Task<ILookup<int, T>> ReadAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<(int SiteId, T Row)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetInt32(0), read(reader)));
        }

        return rows.ToLookup(r => r.SiteId, r => r.Row);
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateOnly? Date(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);
}
