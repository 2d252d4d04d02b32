using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services.Review;

/// <summary>An entry present in both versions whose visible content differs, with each differing field.</summary>
public sealed record ChangedEntry(CatalogEntry Before, CatalogEntry After, IReadOnlyList<FieldChange> Changes);
