namespace OrchardGov.Recipes.Parsing;

/// <summary>The <c>OrchardGov:Recipes</c> configuration section.</summary>
public sealed class RecipeOptions
{
    public const string Section = "OrchardGov:Recipes";

    /// <summary>Recipe files larger than this are refused before they are read (default 32 MB).</summary>
    public long MaxFileBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Folders searched for <c>*.recipe.json</c>, besides the app's own <c>recipes/</c> and the modules' <c>Recipes/</c>.</summary>
    public List<string> Folders { get; set; } = [];
}
