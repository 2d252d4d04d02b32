namespace OrchardGov.Disclosure.Services;

/// <summary>What a catalog import did: entries created, updated and left as they were, and columns added.</summary>
public sealed record CatalogImportResult(int Created, int Updated, int Unchanged, int ColumnsAdded);
