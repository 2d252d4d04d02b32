using System.Text.Json;

namespace OrchardGov.Recipes.Tests.Compatibility;

/// <summary>
/// Reads recipe JSON the way Orchard Core does (comments skipped, trailing commas allowed, property names in
/// any case) with System.Text.Json alone, so that expectations do not depend on the engine's reader.
/// </summary>
public static class RecipeJson
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static JsonDocument Parse(string file) => JsonDocument.Parse(File.ReadAllText(file), Lenient);

    public static string? Name(string file)
    {
        using var recipe = Parse(file);
        return Text(recipe.RootElement, "name");
    }

    public static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject().Where(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                .Select(p => (JsonElement?)p.Value).FirstOrDefault()
            : null;

    public static string? Text(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } text ? text.GetString() : null;

    public static bool Flag(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.True };

    public static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];
}
