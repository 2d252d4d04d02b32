using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Recipes;

/// <summary>
/// One row of a standard catalog data file (<c>recipes/catalogs/data/*.tsv</c>): an item with what it is at
/// county level and at township level, and where it comes from.
/// </summary>
public sealed record StandardRow
{
    public required int Line { get; init; }
    public required string Category { get; init; }
    public required string Item { get; init; }
    public required string Elements { get; init; }
    public required string LegalBasis { get; init; }
    public required string TimeLimit { get; init; }
    public required string CountyBody { get; init; }
    public required string TownshipBody { get; init; }
    public required IReadOnlyList<string> Channels { get; init; }
    public required Audience Audience { get; init; }
    public required DisclosureMethod Method { get; init; }
    public required string WithheldReason { get; init; }
    public required IReadOnlyList<DisclosureLevel> Levels { get; init; }
    public required string CountyUnit { get; init; }
    public required string TownshipUnit { get; init; }
    public required string Source { get; init; }

    /// <summary>The entry as a site of <paramref name="level"/> carries it: that level's 公开主体 and 责任科室.</summary>
    public CatalogEntry ForLevel(string domainKey, DisclosureLevel level, int order)
    {
        var unit = level == DisclosureLevel.County ? CountyUnit : TownshipUnit;
        return new CatalogEntry
        {
            Domain = domainKey, Category = Category, Item = Item, Elements = Elements, LegalBasis = LegalBasis, TimeLimit = TimeLimit,
            ResponsibleBody = level == DisclosureLevel.County ? CountyBody : TownshipBody,
            Channels = Channels, Audience = Audience, Method = Method, WithheldReason = WithheldReason, Levels = Levels,
            ResponsibleUnit = unit, ResponsiblePerson = unit + "负责人", Source = Source, Order = order,
        };
    }
}
