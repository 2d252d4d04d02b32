namespace OrchardGov.Disclosure.Models;

/// <summary>What a column shows: a list of articles, one page of its own, a link elsewhere, or the catalog table.</summary>
public enum ColumnKind
{
    List,
    SinglePage,
    Link,
    CatalogView,
}
