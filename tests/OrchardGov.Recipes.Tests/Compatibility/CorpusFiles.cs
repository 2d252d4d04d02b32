namespace OrchardGov.Recipes.Tests.Compatibility;

/// <summary>The Orchard Core recipes of the compatibility corpus, as copied beside the tests (see Data/README.md).</summary>
public static class CorpusFiles
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Data", "OrchardCoreRecipes");

    /// <summary>The file names, read from the folder so that a recipe added to it is tested too.</summary>
    public static List<string> Names =>
        Directory.GetFiles(Folder, "*.recipe.json").Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal).ToList();

    public static string PathOf(string fileName) => Path.Combine(Folder, fileName);
}
