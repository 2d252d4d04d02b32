using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services.Review;

/// <summary>What a reviewer reads when comparing two catalog versions; every list is in domain order, then entry order.</summary>
public sealed record CatalogDifference
{
    public IReadOnlyList<CatalogEntry> Added { get; init; } = [];
    public IReadOnlyList<CatalogEntry> Removed { get; init; } = [];
    public IReadOnlyList<ChangedEntry> Changed { get; init; } = [];
    public IReadOnlyList<DomainChange> Domains { get; init; } = [];
    public int Unchanged { get; init; }

    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0 && Domains.Count == 0;
}
