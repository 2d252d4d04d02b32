namespace OrchardGov.Disclosure.Services.Search;

/// <summary>One page of results, with the counts of every facet value over all of them.</summary>
public sealed record SearchResults
{
    public required SearchText Text { get; init; }
    public required int Total { get; init; }
    public required int Page { get; init; }
    public required IReadOnlyList<SearchHit> Hits { get; init; }
    public required IReadOnlyList<SearchFacet> Facets { get; init; }

    public int PageCount => Math.Min(SearchRequest.MaxPage, (Total + SearchRequest.PageSize - 1) / SearchRequest.PageSize);

    public static SearchResults None(SearchText text) => new() { Text = text, Total = 0, Page = 1, Hits = [], Facets = [] };
}

public sealed record SearchHit
{
    public required int SiteId { get; init; }
    public required string SiteName { get; init; }
    public required string ContentItemId { get; init; }
    public required SearchKind Kind { get; init; }
    public required string Title { get; init; }

    /// <summary>The title, HTML-encoded, with the words found in <c>&lt;mark&gt;</c>.</summary>
    public required string TitleHtml { get; init; }

    /// <summary>One or two passages of the text around the words found, encoded and marked like the title.</summary>
    public required string SnippetHtml { get; init; }

    public required string Url { get; init; }
    public string ColumnPath { get; init; } = "";
    public string IssuingBody { get; init; } = "";
    public string IndexNumber { get; init; } = "";
    public string DocumentNumber { get; init; } = "";
    public string PublishedOn { get; init; } = "";
    public string Validity { get; init; } = "";

    /// <summary>Its 索引号 or 文号 is exactly what was typed.</summary>
    public bool Exact { get; init; }
}

public sealed record SearchFacet(string Name, string Label, IReadOnlyList<SearchFacetValue> Values);

public sealed record SearchFacetValue(string Value, string Label, int Count);
