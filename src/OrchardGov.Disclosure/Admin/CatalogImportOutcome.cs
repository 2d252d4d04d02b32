using OrchardGov.Disclosure.Services;

namespace OrchardGov.Disclosure.Admin;

/// <summary>What an uploaded catalog did: the import's counts, or why nothing was imported and each problem found (sheet and row).</summary>
public sealed record CatalogImportOutcome(CatalogImportResult? Result, string? Error, IReadOnlyList<string> Problems)
{
    public static CatalogImportOutcome Refused(string error) => new(null, error, []);
}
