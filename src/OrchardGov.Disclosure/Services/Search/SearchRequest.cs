namespace OrchardGov.Disclosure.Services.Search;

/// <summary>A visitor's search: the words typed, the sites searched and the facet values chosen.</summary>
public sealed record SearchRequest
{
    public const int PageSize = 10;

    /// <summary>Deeper pages are not served: nobody reads result 1,001.</summary>
    public const int MaxPage = 100;

    public string? Text { get; init; }
    public required IReadOnlyCollection<int> SiteIds { get; init; }

    /// <summary>Chosen facet values by facet name (<c>domain</c>, <c>column</c>, <c>year</c>, <c>validity</c>).</summary>
    public IReadOnlyDictionary<string, string> Filters { get; init; } = new Dictionary<string, string>();

    public int Page { get; init; } = 1;
    public bool NewestFirst { get; init; }
}
