using System.Data.Common;
using System.Text.Json;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Storage;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services.Compliance;

/// <summary>
/// Reads <see cref="SiteFacts"/> for many sites in a handful of queries over the index tables (and the sites' domain and
/// rule documents), with plain commands: a county's report reads hundreds of thousands of rows and needs no tracking.
/// Text the index does not know (an unknown kind or method) counts as nothing to check.
/// </summary>
public sealed class SiteFactsReader(StoreContextFactory contexts)
{
    /// <param name="detailed">
    /// True for a site's own report: titles, names and every row with its article's id. False for a county's figures:
    /// an article with a single version (latest and published) is read without id or title, which is most of them.
    /// </param>
    public async Task<IReadOnlyList<SiteFacts>> ReadAsync(IReadOnlyList<SiteRef> sites, bool detailed, CancellationToken cancellationToken = default)
    {
        if (sites.Count == 0)
        {
            return [];
        }

        var ids = string.Join(",", sites.Select(s => s.Id));
        await using var connection = contexts.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        string Detail(string column) => detailed ? $"\"{column}\"" : "''";
        var (category, item, slug, title) = (Detail("Category"), Detail("Item"), Detail("Slug"), Detail("Title"));
        var (formedOn, publishedOn) = (DayNumber("FormedOn"), DayNumber("PublishedOn"));

        var entries = await ReadAsync(connection, $"""
            SELECT "SiteId", "ContentItemId", "Domain", {category}, {item}, "Method", "ColumnId", "TimeLimit"
            FROM "CatalogEntryIndex" WHERE "Published" AND "SiteId" IN ({ids})
            """, r => new EntryFact(r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
                Enum.TryParse<DisclosureMethod>(r.GetString(5), out var method) ? method : DisclosureMethod.OnRequest,
                Text(r, 6), Text(r, 7) ?? ""), cancellationToken);
        var columns = await ReadAsync(connection, $"""
            SELECT "SiteId", "ContentItemId", "ParentId", {slug}, "Order", {title}, "Kind", "Freshness", "Domain", "Hidden", "EmptyPage"
            FROM "ColumnIndex" WHERE "Published" AND "SiteId" IN ({ids})
            """, r => new ColumnFact(r.GetString(1), Text(r, 2), r.GetString(3), r.GetInt32(4), r.GetString(5),
                Enum.TryParse<ColumnKind>(r.GetString(6), out var kind) ? kind : ColumnKind.Link,
                Enum.TryParse<FreshnessClass>(r.GetString(7), out var freshness) ? freshness : FreshnessClass.Static,
                Text(r, 8) ?? "", r.GetBoolean(9), r.GetBoolean(10)), cancellationToken);
        var articles = new Dictionary<int, List<ArticleFact>>();
        if (detailed)
        {
            await ReadIntoAsync(articles, connection, $"""
                SELECT a."SiteId", a."CatalogEntryId", a."ColumnId", {formedOn}, {publishedOn},
                       a."ContentItemId", c."DisplayText", a."Latest", a."Published", a."IndexNumber" IS NOT NULL
                FROM "ArticleIndex" a
                LEFT JOIN "ContentItemIndex" c ON c."SiteId" = a."SiteId" AND c."ContentItemId" = a."ContentItemId" AND c."Latest"
                WHERE a."SiteId" IN ({ids})
                """, (r, list) => list.Add(Article(r)), cancellationToken);
        }
        else
        {
            // Most articles have a single version, latest and published: an entry's come packed in one row
            // ("formed/published,…"), which crosses the connection many times faster than a row each.
            await ReadIntoAsync(articles, connection, $"""
                SELECT "SiteId", "CatalogEntryId", "ColumnId", {Packed()}
                FROM "ArticleIndex" WHERE "SiteId" IN ({ids}) AND "Latest" = TRUE AND "Published" = TRUE
                GROUP BY "SiteId", "CatalogEntryId", "ColumnId"
                """, (r, list) => Unpack(Text(r, 1), Text(r, 2), r.GetString(3), list), cancellationToken);
            await ReadIntoAsync(articles, connection, $"""
                SELECT "SiteId", "CatalogEntryId", "ColumnId", {formedOn}, {publishedOn}, "ContentItemId", '', "Latest", "Published",
                       "IndexNumber" IS NOT NULL
                FROM "ArticleIndex" WHERE "SiteId" IN ({ids})
                    AND (("Latest" = TRUE AND "Published" = FALSE) OR ("Latest" = FALSE AND "Published" = TRUE))
                """, (r, list) => list.Add(Article(r)), cancellationToken);
        }

        var domains = await ReadAsync(connection, $"""
            SELECT i."SiteId", d."Content" FROM "ContentItemIndex" i JOIN "Documents" d ON d."Id" = i."DocumentId"
            WHERE i."ContentType" = '{DisclosureTypes.Domain}' AND i."Published" AND i."SiteId" IN ({ids})
            """, r => DomainContent.Read(ContentItemJson.Parse(r.GetString(1))), cancellationToken);
        var rules = await ReadAsync(connection, $"""
            SELECT "SiteId", "Content" FROM "Documents" WHERE "Type" = '{DeadlineRulesStore.DocumentType}' AND "SiteId" IN ({ids})
            """, r => DeadlineRulesStore.Parse(r.GetString(1)), cancellationToken);

        return sites.Select(site => new SiteFacts(
            site,
            Of(entries, site),
            Of(columns, site),
            Of(articles, site),
            Of(domains, site).OrderBy(d => d.Order).ToList(),
            Of(rules, site).FirstOrDefault() ?? new Dictionary<string, string>())).ToList();
    }

    private static async Task<Dictionary<int, List<T>>> ReadAsync<T>(
        DbConnection connection, string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var bySite = new Dictionary<int, List<T>>();
        await ReadIntoAsync(bySite, connection, sql, (reader, list) => list.Add(read(reader)), cancellationToken);
        return bySite;
    }

    // The first column of every query is the row's site id.
    private static async Task ReadIntoAsync<T>(
        Dictionary<int, List<T>> bySite, DbConnection connection, string sql, Action<DbDataReader, List<T>> add, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var site = reader.GetInt32(0);
            if (!bySite.TryGetValue(site, out var list))
            {
                bySite[site] = list = [];
            }

            add(reader, list);
        }
    }

    private static List<T> Of<T>(Dictionary<int, List<T>> bySite, SiteRef site) => bySite.GetValueOrDefault(site.Id) ?? [];

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static ArticleFact Article(DbDataReader r) =>
        new(r.GetString(5), Text(r, 6) ?? "", Text(r, 2), Text(r, 1), Day(r, 3), Day(r, 4), r.GetBoolean(7), r.GetBoolean(8), r.GetBoolean(9));

    private string Packed() => contexts.Provider == DatabaseProvider.Postgres
        ? """string_agg(COALESCE(to_char("FormedOn", 'YYYY-MM-DD'), '') || '/' || COALESCE(to_char("PublishedOn", 'YYYY-MM-DD'), ''), ',')"""
        : """group_concat(COALESCE("FormedOn", '') || '/' || COALESCE("PublishedOn", ''), ',')""";

    private static void Unpack(string? entryId, string? columnId, string packed, List<ArticleFact> articles)
    {
        foreach (var range in packed.AsSpan().Split(','))
        {
            var pair = packed.AsSpan()[range];
            var slash = pair.IndexOf('/');
            articles.Add(new ArticleFact("", "", columnId, entryId, IsoDate(pair[..slash]), IsoDate(pair[(slash + 1)..]), true, true));
        }
    }

    private static DateOnly? IsoDate(ReadOnlySpan<char> text) =>
        text.IsEmpty ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // Dates cross as day numbers (DateOnly.DayNumber): reading hundreds of thousands of dates as text costs more than the query.
    private string DayNumber(string column) => contexts.Provider == DatabaseProvider.Postgres
        ? $"(\"{column}\" - DATE '0001-01-01')"
        : $"CAST(julianday(\"{column}\") - 1721425.5 AS INTEGER)";

    private static DateOnly? Day(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : DateOnly.FromDayNumber(reader.GetInt32(ordinal));
}
