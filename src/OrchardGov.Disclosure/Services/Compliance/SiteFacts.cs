using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services.Compliance;

/// <summary>
/// What compliance reads of one site: its published catalog entries, columns and domains, every article's
/// latest and published versions, and the deadline rules a person set for phrases that cannot be read.
/// </summary>
public sealed record SiteFacts(
    SiteRef Site,
    IReadOnlyList<EntryFact> Entries,
    IReadOnlyList<ColumnFact> Columns,
    IReadOnlyList<ArticleFact> Articles,
    IReadOnlyList<Domain> Domains,
    IReadOnlyDictionary<string, string> RulesByPhrase);

public sealed record SiteRef(int Id, string Code, string Name);

public sealed record EntryFact(string Id, string Domain, string Category, string Item, DisclosureMethod Method, string? ColumnId, string TimeLimit);

public sealed record ColumnFact(
    string Id, string? ParentId, string Slug, int Order, string Title, ColumnKind Kind, FreshnessClass Freshness, string Domain, bool Hidden, bool EmptyPage);

/// <summary>
/// One stored version of an article: its latest, its published, or one row that is both. For a county's figures a
/// version that is both is read without its id and title (<see cref="Id"/> empty): it is an article by itself.
/// <see cref="HasIndexNumber"/> tells an article taken off the site (it keeps its 索引号) from one never published.
/// </summary>
public sealed record ArticleFact(
    string Id, string Title, string? ColumnId, string? EntryId, DateOnly? FormedOn, DateOnly? PublishedOn, bool Latest, bool Published,
    bool HasIndexNumber = true);
