namespace OrchardGov.Portal.BrowserTests.Pages;

/// <summary>Every kind of public page a visitor of a township portal can land on.</summary>
public enum PageKind
{
    Home,
    DisclosureIndex,
    ListColumn,
    ListColumnPage2,
    SinglePageColumn,
    CatalogEntryColumn,
    Article,
    Catalog,
    CatalogFiltered,
    NotApplicableColumn,
    SearchResults,
    SearchHelp,
    NotFound,
}
