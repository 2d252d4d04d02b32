using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardGov.ContentManagement.ContentItems;

namespace OrchardGov.Benchmarks;

/// <summary>
/// A recipe as a township site's export would be: the <c>Article</c> type with its fields, then its published
/// articles in one <c>content</c> step.
/// </summary>
public static class TownshipArticlesRecipe
{
    /// <summary>Writes the recipe of <paramref name="articles"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, IEnumerable<ContentItem> articles)
    {
        using var file = File.Create(path);
        using var json = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true, Encoder = ContentItemJson.Options.Encoder });
        json.WriteStartObject();
        json.WriteString("name", "township-articles");
        json.WriteString("displayName", "城中街道 文章");
        json.WriteStartArray("steps");
        Definition().WriteTo(json);
        json.WriteStartObject();
        json.WriteString("name", "content");
        json.WriteStartArray("data");
        foreach (var article in articles)
        {
            JsonSerializer.Serialize(json, article, ContentItemJson.Options);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static JsonObject Definition() => new()
    {
        ["name"] = "ContentDefinition",
        ["ContentTypes"] = new JsonArray(new JsonObject
        {
            ["Name"] = TownshipArticle.ContentType,
            ["DisplayName"] = "文章",
            ["Settings"] = new JsonObject
            {
                ["ContentTypeSettings"] = new JsonObject { ["Creatable"] = true, ["Draftable"] = true, ["Listable"] = true },
            },
            ["ContentTypePartDefinitionRecords"] = new JsonArray(
                TypePart("TitlePart", 0), TypePart(TownshipArticle.ContentType, 1), TypePart("HtmlBodyPart", 2)),
        }),
        ["ContentParts"] = new JsonArray(new JsonObject
        {
            ["Name"] = TownshipArticle.ContentType,
            ["Settings"] = new JsonObject(),
            ["ContentPartFieldDefinitionRecords"] = new JsonArray(
                Field("TextField", "发布机构", 0), Field("DateField", "成文日期", 1), Field("TextField", "文号", 2), Field("TextField", "索引号", 3)),
        }),
    };

    private static JsonObject TypePart(string part, int position) => new()
    {
        ["PartName"] = part,
        ["Name"] = part,
        ["Settings"] = new JsonObject { ["ContentTypePartSettings"] = new JsonObject { ["Position"] = position.ToString() } },
    };

    private static JsonObject Field(string kind, string name, int position) => new()
    {
        ["FieldName"] = kind,
        ["Name"] = name,
        ["Settings"] = new JsonObject
        {
            ["ContentPartFieldSettings"] = new JsonObject { ["DisplayName"] = name, ["Position"] = position.ToString() },
        },
    };
}
