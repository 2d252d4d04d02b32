using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Metadata;
using OrchardGov.Recipes.Models;

namespace OrchardGov.Recipes.Steps;

/// <summary>Reads the <c>ContentTypes</c> and <c>ContentParts</c> arrays of a definition step.</summary>
internal static class ContentDefinitionRecords
{
    public static List<ContentTypeDefinition> Types(JsonObject step) =>
        Read(step, "ContentTypes", (json, path) =>
        {
            var type = json.Deserialize<ContentTypeDefinition>(ContentItemJson.Options)!;
            Require(type.Name, path + ".Name");
            for (var i = 0; i < type.ContentTypePartDefinitionRecords.Count; i++)
            {
                var part = type.ContentTypePartDefinitionRecords[i];
                Require(part.PartName, $"{path}.ContentTypePartDefinitionRecords[{i}].PartName");
                Require(part.Name, $"{path}.ContentTypePartDefinitionRecords[{i}].Name");
            }

            return type;
        });

    public static List<ContentPartDefinition> Parts(JsonObject step) =>
        Read(step, "ContentParts", (json, path) =>
        {
            var part = json.Deserialize<ContentPartDefinition>(ContentItemJson.Options)!;
            Require(part.Name, path + ".Name");
            for (var i = 0; i < part.ContentPartFieldDefinitionRecords.Count; i++)
            {
                var field = part.ContentPartFieldDefinitionRecords[i];
                Require(field.FieldName, $"{path}.ContentPartFieldDefinitionRecords[{i}].FieldName");
                Require(field.Name, $"{path}.ContentPartFieldDefinitionRecords[{i}].Name");
            }

            return part;
        });

    /// <summary>The names listed in a <c>DeleteContentDefinition</c> step's array.</summary>
    public static List<string> Names(JsonObject step, string arrayName) =>
        Read(step, arrayName, (json, path) => json is JsonValue value && value.TryGetValue<string>(out var name) && name.Length > 0
            ? name
            : throw new RecipeStepException(path, "must be a name (a string)."));

    private static List<T> Read<T>(JsonObject step, string arrayName, Func<JsonNode, string, T> read)
    {
        switch (step[arrayName])
        {
            case null:
                return [];
            case JsonArray array:
                var items = new List<T>();
                for (var i = 0; i < array.Count; i++)
                {
                    var path = $"{arrayName}[{i}]";
                    try
                    {
                        items.Add(read(array[i] ?? throw new RecipeStepException(path, "must not be null."), path));
                    }
                    catch (JsonException error)
                    {
                        throw new RecipeStepException(path, $"is not a valid definition record: {error.Message}");
                    }
                }

                return items;
            default:
                throw new RecipeStepException(arrayName, "must be an array.");
        }
    }

    private static void Require(string? value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new RecipeStepException(path, "is required.");
        }
    }
}
