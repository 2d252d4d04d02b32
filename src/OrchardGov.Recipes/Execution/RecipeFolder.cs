namespace OrchardGov.Recipes.Execution;

/// <summary>A folder searched for recipes: the app's <c>recipes/</c>, a module's <c>Recipes/</c>, or a configured one.</summary>
public sealed record RecipeFolder(string Path);
