using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardGov.ContentManagement.ContentItems;

/// <summary>Reads and writes content items in Orchard Core's JSON form.</summary>
public static class ContentItemJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        // Orchard Core writes property names as declared (PascalCase) and reads them case-insensitively.
        PropertyNameCaseInsensitive = true,
        // Chinese text and HTML stay readable in the stored documents and in exports; this JSON is never
        // written into a page, so it does not need HTML-safe escaping.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>How documents written by people (recipes, imports) are read: comments and trailing commas allowed.</summary>
    public static readonly System.Text.Json.JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static string Serialize(ContentItem item) => JsonSerializer.Serialize(item, Options);

    /// <summary>An item made of a JSON object already in memory; the object's nodes become the item's (it is left empty).</summary>
    public static ContentItem FromObject(JsonObject json) => ContentItemConverter.FromObject(json, Options);

    public static ContentItem Parse(string json) =>
        JsonSerializer.Deserialize<ContentItem>(json, Options)
        ?? throw new JsonException("A content item must be a JSON object, not null.");
}
