namespace OrchardGov.Disclosure.Models;

/// <summary>
/// One row of a site's 政务公开事项标准目录. <see cref="ColumnId"/> is the portal column that publishes it:
/// set for every 主动 entry, empty for the others. <see cref="Source"/> says where a standard row comes from.
/// </summary>
public sealed record CatalogEntry
{
    public string ContentItemId { get; init; } = "";
    public required string Domain { get; init; }
    public required string Category { get; init; }
    public required string Item { get; init; }
    public string Elements { get; init; } = "";
    public string LegalBasis { get; init; } = "";
    public string TimeLimit { get; init; } = "";
    public string ResponsibleBody { get; init; } = "";
    public IReadOnlyList<string> Channels { get; init; } = [];
    public Audience Audience { get; init; }
    public DisclosureMethod Method { get; init; }
    public string WithheldReason { get; init; } = "";
    public IReadOnlyList<DisclosureLevel> Levels { get; init; } = [];
    public string ResponsibleUnit { get; init; } = "";
    public string ResponsiblePerson { get; init; } = "";
    public string? ColumnId { get; init; }
    public string Source { get; init; } = "";
    public int Order { get; init; }

    public bool IsProactive => Method == DisclosureMethod.Proactive;

    /// <summary>The key that identifies the row within a catalog: no two entries of a site share it.</summary>
    public (string Domain, string Category, string Item) Key => (Domain, Category, Item);
}
