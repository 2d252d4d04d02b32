using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Excel;

/// <summary>One worksheet of a catalog workbook: a domain, named as offices name it (e.g. 医疗卫生), and its rows.</summary>
public sealed record CatalogSheet(string DomainName, IReadOnlyList<CatalogEntry> Entries);
