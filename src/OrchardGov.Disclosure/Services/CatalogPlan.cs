using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services;

/// <summary>The domain with its column, the columns to add, and the entries with their ids and bound columns.</summary>
public sealed record CatalogPlan(Domain Domain, IReadOnlyList<Column> AddedColumns, IReadOnlyList<CatalogEntry> Entries);
