using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Recipes.Models;

namespace OrchardGov.Recipes.Parsing;

/// <summary>Reads recipe files: property names in any case, <c>//</c> comments and trailing commas allowed.</summary>
public sealed class RecipeReader(RecipeOptions options)
{
    public static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };

    // Parsed recipes by full path, kept while the file is unchanged: scaffolding runs the same recipes for
    // thousands of sites. A recipe is never changed once read (each run evaluates its own copy of a step).
    private readonly ConcurrentDictionary<string, (DateTime Written, long Length, Recipe Recipe)> _parsed = new();

    public async Task<Recipe> ReadAsync(string filePath, CancellationToken cancellationToken = default)
    {
        var file = new FileInfo(filePath);
        if (!file.Exists)
        {
            throw new RecipeException(filePath, "the file does not exist.");
        }

        var key = file.FullName + "|" + filePath;
        if (_parsed.TryGetValue(key, out var cached) && cached.Written == file.LastWriteTimeUtc && cached.Length == file.Length)
        {
            return cached.Recipe;
        }

        var recipe = await ParseAsync(file, filePath, cancellationToken);
        _parsed[key] = (file.LastWriteTimeUtc, file.Length, recipe);
        return recipe;
    }

    private async Task<Recipe> ParseAsync(FileInfo file, string filePath, CancellationToken cancellationToken)
    {
        if (file.Length > options.MaxFileBytes)
        {
            throw new RecipeException(filePath,
                $"the file is {file.Length / (1024 * 1024.0):0.#} MB, more than the {options.MaxFileBytes / (1024 * 1024.0):0.#} MB allowed; "
                + $"split it into several recipes or raise {RecipeOptions.Section}:MaxFileBytes.");
        }

        JsonNode? root;
        try
        {
            await using var stream = file.OpenRead();
            root = await JsonNode.ParseAsync(stream, NodeOptions, ContentItemJson.DocumentOptions, cancellationToken);
        }
        catch (JsonException error)
        {
            throw new RecipeException(filePath, $"invalid JSON: {FirstSentence(error.Message)}",
                line: error.LineNumber + 1, column: CharacterColumn(filePath, error.LineNumber, error.BytePositionInLine), inner: error);
        }

        return FromJson(root as JsonObject ?? throw new RecipeException(filePath, "a recipe must be a JSON object."), filePath);
    }

    public static Recipe FromJson(JsonObject json, string filePath)
    {
        var steps = json["steps"] switch
        {
            JsonArray array => array,
            null => [],
            _ => throw new RecipeException(filePath, "'steps' must be an array.", jsonPath: "$.steps"),
        };
        var variables = json["variables"] switch
        {
            JsonObject variablesObject => variablesObject,
            null => [],
            _ => throw new RecipeException(filePath, "'variables' must be an object.", jsonPath: "$.variables"),
        };

        return new Recipe
        {
            FilePath = filePath,
            Name = Text(json, "name") is { Length: > 0 } name ? name : Path.GetFileName(filePath).Replace(".recipe.json", "", StringComparison.OrdinalIgnoreCase),
            DisplayName = Text(json, "displayName"),
            Description = Text(json, "description"),
            Author = Text(json, "author"),
            Website = Text(json, "website"),
            Version = Text(json, "version"),
            IsSetupRecipe = json["issetuprecipe"] is JsonValue setup && setup.TryGetValue<bool>(out var isSetup) && isSetup,
            Categories = Strings(json["categories"]),
            Tags = Strings(json["tags"]),
            SiteLevels = Strings(json["siteLevels"]).Select(level => Enum.TryParse<SiteLevel>(level, ignoreCase: true, out var parsed)
                ? parsed : throw new RecipeException(filePath, $"'siteLevels' names an unknown level '{level}'; use {string.Join(", ", Enum.GetNames<SiteLevel>())}.", jsonPath: "$.siteLevels")).ToList(),
            Variables = variables,
            Steps = steps,
        };
    }

    private static string? Text(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.OfType<JsonValue>().Select(v => v.ToString()).ToList() : [];

    // The parser counts bytes; a person counts characters (a Chinese character is three bytes in UTF-8).
    private static long? CharacterColumn(string filePath, long? lineNumber, long? bytePosition)
    {
        if (lineNumber is not { } index || bytePosition is not { } bytes)
        {
            return null;
        }

        var line = File.ReadLines(filePath).Skip((int)index).FirstOrDefault() ?? "";
        var lineBytes = System.Text.Encoding.UTF8.GetBytes(line);
        return System.Text.Encoding.UTF8.GetCharCount(lineBytes, 0, (int)Math.Min(bytes, lineBytes.Length)) + 1;
    }

    private static string FirstSentence(string message) => message.Split(" Path:")[0];
}
