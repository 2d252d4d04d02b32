using System.Globalization;
using Lucene.Net.Documents;
using OrchardGov.Disclosure.Models;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace OrchardGov.Disclosure.Services.Search;

/// <summary>
/// The index's fields and how a <see cref="SearchDocument"/> maps to them. Title, body and the other words people
/// type (issuing body, column, domain, topic, attachments) are segmented by the Chinese analyzer; identifiers and
/// facet values are kept whole; facet values also go in doc values as "value␟label", so counting them needs no lookups.
/// </summary>
internal static class SearchFields
{
    public const string Key = "key";
    public const string Site = "site";
    public const string Kind = "kind";
    public const string Title = "title";
    public const string Body = "body";
    public const string Meta = "meta";
    public const string IndexNumber = "indexNumber";
    public const string DocumentNumber = "documentNumber";
    public const string Domain = "domain";
    public const string Column = "column";
    public const string Year = "year";
    public const string Validity = "validity";
    public const string Date = "date";

    private const string Stored = "stored.";
    private const char LabelSeparator = '\u241F';

    public static readonly IReadOnlyList<string> Facets = [Kind, Domain, Column, Year, Validity];

    /// <summary>
    /// A catalog entry describes a kind of information rather than being it: where an article and an entry match
    /// alike, the article comes first.
    /// </summary>
    private const float CatalogEntryWeight = 0.3f;

    public static LuceneDocument ToLucene(SearchDocument document)
    {
        var weight = document.Kind == SearchKind.CatalogEntry ? CatalogEntryWeight : 1f;
        var fields = new LuceneDocument
        {
            new StringField(Key, document.Key, Field.Store.YES),
            new StringField(Site, SiteValue(document.SiteId), Field.Store.YES),
            new TextField(Title, document.Title, Field.Store.YES) { Boost = weight },
            new TextField(Body, document.Body, Field.Store.YES) { Boost = weight },
            new TextField(Meta, string.Join('\n', document.Attachments.Select(Path.GetFileName).Append(document.IssuingBody)
                .Append(document.ColumnPath).Append(document.DomainName).Append(document.Topic)
                .Append(document.DocumentNumber).Append(document.IndexNumber)), Field.Store.NO) { Boost = weight },
            new StoredField(Stored + "id", document.ContentItemId),
            new StoredField(Stored + "siteName", document.SiteName),
            new StoredField(Stored + "url", document.Url),
            new StoredField(Stored + "columnPath", document.ColumnPath),
            new StoredField(Stored + "issuingBody", document.IssuingBody),
            new StoredField(Stored + "indexNumber", document.IndexNumber),
            new StoredField(Stored + "documentNumber", document.DocumentNumber),
        };
        AddFacet(fields, Kind, document.Kind.ToString(), document.Kind == SearchKind.Article ? "政府信息" : "公开事项");
        AddIdentifier(fields, IndexNumber, document.IndexNumber);
        AddIdentifier(fields, DocumentNumber, document.DocumentNumber);
        AddFacet(fields, Domain, document.DomainKey, document.DomainName);
        AddFacet(fields, Column, document.ColumnId, document.ColumnPath);
        if (document.PublishedOn is { } published)
        {
            fields.Add(new StoredField(Stored + "date", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            fields.Add(new NumericDocValuesField(Date, published.DayNumber));
            var year = published.Year.ToString(CultureInfo.InvariantCulture);
            AddFacet(fields, Year, year, year + "年");
        }

        if (document.Validity is { } validity)
        {
            AddFacet(fields, Validity, validity.ToString(), ChineseLabels.Of(validity));
        }

        return fields;
    }

    /// <summary>What a hit shows besides its highlighted title and snippet.</summary>
    public static SearchHit ToHit(LuceneDocument stored, string titleHtml, string snippetHtml, bool exact) => new()
    {
        SiteId = int.Parse(stored.Get(Site), CultureInfo.InvariantCulture),
        SiteName = stored.Get(Stored + "siteName") ?? "",
        ContentItemId = stored.Get(Stored + "id") ?? "",
        Kind = Enum.Parse<SearchKind>(stored.Get(Kind)),
        Title = stored.Get(Title) ?? "",
        TitleHtml = titleHtml,
        SnippetHtml = snippetHtml,
        Url = stored.Get(Stored + "url") ?? "",
        ColumnPath = stored.Get(Stored + "columnPath") ?? "",
        IssuingBody = stored.Get(Stored + "issuingBody") ?? "",
        IndexNumber = stored.Get(Stored + "indexNumber") ?? "",
        DocumentNumber = stored.Get(Stored + "documentNumber") ?? "",
        PublishedOn = stored.Get(Stored + "date") ?? "",
        Validity = stored.Get(Validity) is { } validity ? ChineseLabels.Of(Enum.Parse<Models.Validity>(validity)) : "",
        Exact = exact,
    };

    public static string SiteValue(int siteId) => siteId.ToString(CultureInfo.InvariantCulture);

    public static string FacetDocValues(string facet) => facet + ".facet";

    public static (string Value, string Label) SplitFacet(string stored) =>
        stored.IndexOf(LabelSeparator) is var at and >= 0 ? (stored[..at], stored[(at + 1)..]) : (stored, stored);

    private static void AddIdentifier(LuceneDocument fields, string name, string value)
    {
        if (value.Length > 0)
        {
            fields.Add(new StringField(name, IdentifierText.Normalize(value), Field.Store.NO));
        }
    }

    private static void AddFacet(LuceneDocument fields, string name, string value, string label)
    {
        if (value.Length == 0)
        {
            return;
        }

        fields.Add(new StringField(name, value, Field.Store.YES));
        fields.Add(new SortedDocValuesField(FacetDocValues(name), new Lucene.Net.Util.BytesRef(value + LabelSeparator + label)));
    }
}
