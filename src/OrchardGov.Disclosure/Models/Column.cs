namespace OrchardGov.Disclosure.Models;

/// <summary>
/// A portal column (栏目). Columns form a tree through <see cref="ParentId"/>; <see cref="Slug"/> is the column's
/// URL segment under its parent. A column of a domain's subtree carries the domain's key, so that marking the
/// domain 未涉及 hides it.
/// </summary>
public sealed record Column
{
    public string ContentItemId { get; init; } = "";
    public required string Title { get; init; }
    public required string Slug { get; init; }
    public string? ParentId { get; init; }
    public int Order { get; init; }
    public ColumnKind Kind { get; init; }
    public FreshnessClass Freshness { get; init; } = FreshnessClass.Static;
    public string LinkUrl { get; init; } = "";
    public string Body { get; init; } = "";
    public bool Hidden { get; init; }
    public string Domain { get; init; } = "";
}
