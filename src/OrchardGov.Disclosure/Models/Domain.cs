namespace OrchardGov.Disclosure.Models;

/// <summary>
/// A disclosure domain (领域) of a site's catalog, e.g. <c>health</c> 医疗卫生. Domains are content, so a recipe
/// can add more. A township that does not handle a domain marks it 未涉及 with <see cref="NotApplicableReason"/>.
/// </summary>
public sealed record Domain
{
    public string ContentItemId { get; init; } = "";
    public required string Key { get; init; }
    public required string Name { get; init; }
    public int Order { get; init; }
    public string? ColumnId { get; init; }
    public string? NotApplicableReason { get; init; }

    public bool NotApplicable => !string.IsNullOrWhiteSpace(NotApplicableReason);
}
