using OrchardGov.ContentManagement;
using OrchardGov.Disclosure.Recipes;

// Rebuilds the standard recipes in recipes/ from the catalog data in recipes/catalogs/data/.
// Usage: dotnet run --project tools/OrchardGov.StandardRecipes [-- REPOSITORY_ROOT]
var root = args.Length > 0 ? args[0] : FindRoot(Directory.GetCurrentDirectory());
var recipes = Path.Combine(root, "recipes");
try
{
    foreach (var (relativePath, recipe) in StandardRecipes.Build(Path.Combine(recipes, "catalogs", "data")))
    {
        var path = Path.Combine(recipes, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, StandardRecipes.Render(recipe));
        Console.WriteLine($"wrote {Path.GetRelativePath(root, path)}");
    }

    return 0;
}
catch (UserInputException error)
{
    Console.Error.WriteLine(error.Message);
    return 2;
}

static string FindRoot(string folder) =>
    File.Exists(Path.Combine(folder, "OrchardGov.sln")) ? folder
    : Directory.GetParent(folder) is { } parent ? FindRoot(parent.FullName)
    : throw new InvalidOperationException("Run this from inside the repository, or pass its root folder.");
