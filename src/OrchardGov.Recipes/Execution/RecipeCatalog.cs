using OrchardGov.Recipes.Models;
using OrchardGov.Recipes.Parsing;

namespace OrchardGov.Recipes.Execution;

/// <summary>The recipes this host can run by name: every <c>*.recipe.json</c> under the recipe folders.</summary>
public sealed class RecipeCatalog(RecipeReader reader, IEnumerable<RecipeFolder> registeredFolders, RecipeOptions options)
{
    private readonly List<string> _folders = registeredFolders.Select(f => f.Path).Concat(options.Folders).ToList();

    /// <summary>Every recipe found, by folder order then file name; unreadable files are returned as problems.</summary>
    public async Task<(IReadOnlyList<Recipe> Recipes, IReadOnlyList<string> Problems)> ListAsync(CancellationToken cancellationToken = default)
    {
        var recipes = new List<Recipe>();
        var problems = new List<string>();
        foreach (var file in Files(_folders))
        {
            try
            {
                recipes.Add(await reader.ReadAsync(file, cancellationToken));
            }
            catch (RecipeException error)
            {
                problems.Add(error.Message);
            }
        }

        return (recipes, problems);
    }

    /// <summary>
    /// A recipe named in a <c>recipes</c> step or on the command line: an existing file path, or a recipe name
    /// looked up first beside <paramref name="nearFolder"/>, then in the recipe folders.
    /// </summary>
    public async Task<Recipe?> FindAsync(string fileOrName, string? nearFolder = null, CancellationToken cancellationToken = default)
    {
        if (fileOrName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && File.Exists(fileOrName))
        {
            return await reader.ReadAsync(fileOrName, cancellationToken);
        }

        var searched = (nearFolder is null ? [] : new[] { nearFolder }).Concat(_folders);
        var unreadable = new List<string>();
        foreach (var file in Files(searched))
        {
            Recipe recipe;
            try
            {
                recipe = await reader.ReadAsync(file, cancellationToken);
            }
            catch (RecipeException error)
            {
                // Another broken file must not stop the search; it is named if the recipe is not found.
                unreadable.Add(error.Message);
                continue;
            }

            if (string.Equals(recipe.Name, fileOrName, StringComparison.OrdinalIgnoreCase))
            {
                return recipe;
            }
        }

        return unreadable.Count == 0 ? null : throw new RecipeException(fileOrName,
            $"no readable recipe has this name, and these recipe files could not be read: {string.Join(" | ", unreadable)}");
    }

    private static IEnumerable<string> Files(IEnumerable<string> roots) =>
        roots.Where(Directory.Exists).Distinct()
            .SelectMany(root => Directory.EnumerateFiles(root, "*.recipe.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
}
