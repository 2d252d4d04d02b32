using OrchardGov.Disclosure.Models;

namespace OrchardGov.Web.Tests.Admin.Authorization;

/// <summary>
/// A site of the matrix and items that exist on it, so a request's route values always name real things there:
/// a refusal must come from the rules, not from an id the site does not have.
/// </summary>
/// <param name="ListColumnId">A list column of the site's own tree, where articles may go.</param>
/// <param name="ColumnId">A column the matrix made, which renaming does not disturb.</param>
public sealed record SiteSamples(
    string Code, int Id, string ArticleId, string ListColumnId, string ColumnId, CatalogEntry Entry, string DomainKey);
