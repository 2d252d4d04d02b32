namespace OrchardGov.Recipes.Tests;

/// <summary>Writes a test's recipe files into a folder of its own.</summary>
public static class RecipeFiles
{
    public static string Folder(RecipeFixture fixture) =>
        Directory.CreateDirectory(Path.Combine(fixture.Scratch, Guid.NewGuid().ToString("N"))).FullName;

    public static string Write(string folder, string fileName, string json)
    {
        var path = Path.Combine(folder, fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
        return path;
    }
}
