using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services.Search;

/// <summary>What the search index holds of one published article or catalog entry, as the public sees it.</summary>
public sealed record SearchDocument
{
    public required int SiteId { get; init; }
    public required string SiteName { get; init; }
    public required string ContentItemId { get; init; }
    public required SearchKind Kind { get; init; }
    public required string Title { get; init; }

    /// <summary>Plain text, one line per paragraph.</summary>
    public string Body { get; init; } = "";

    /// <summary>The attachments' file names.</summary>
    public IReadOnlyList<string> Attachments { get; init; } = [];

    public string IndexNumber { get; init; } = "";
    public string DocumentNumber { get; init; } = "";
    public string IssuingBody { get; init; } = "";
    public string Topic { get; init; } = "";
    public string DomainKey { get; init; } = "";
    public string DomainName { get; init; } = "";
    public string ColumnId { get; init; } = "";

    /// <summary>The column's path of titles ("政府信息公开 > 政务公开事项标准目录 > …").</summary>
    public string ColumnPath { get; init; } = "";

    public DateOnly? PublishedOn { get; init; }

    /// <summary>有效性; catalog entries have none.</summary>
    public Validity? Validity { get; init; }

    public required string Url { get; init; }

    public string Key => KeyOf(SiteId, ContentItemId);

    public static string KeyOf(int siteId, string contentItemId) => $"{siteId}/{contentItemId}";
}

public enum SearchKind
{
    Article,
    CatalogEntry,
}
