namespace OrchardGov.Disclosure.Models;

/// <summary>The content types the module defines (see <c>Migrations/Disclosure.recipe.json</c>).</summary>
public static class DisclosureTypes
{
    public const string Domain = "Domain";
    public const string CatalogEntry = "CatalogEntry";
    public const string Column = "Column";
    public const string Article = "Article";
}
