using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OrchardGov.ContentManagement.ContentItems;

/// <summary>
/// Writes the common properties in Orchard Core's order, then every part as it is; reads property names
/// case-insensitively and keeps every other top-level property as a part.
/// </summary>
internal sealed class ContentItemConverter : JsonConverter<ContentItem>
{
    public override ContentItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (JsonNode.Parse(ref reader, new JsonNodeOptions { PropertyNameCaseInsensitive = false }) is not JsonObject json)
        {
            throw new JsonException("A content item must be a JSON object.");
        }

        return FromObject(json, options);
    }

    /// <summary>Makes an item of the object, taking its part nodes over (the object is left empty).</summary>
    public static ContentItem FromObject(JsonObject json, JsonSerializerOptions options)
    {
        var item = new ContentItem();
        foreach (var (name, value) in json.ToList())
        {
            json.Remove(name);
            if (!TrySetCommonProperty(item, name, value, options))
            {
                item.Parts[name] = value;
            }
        }

        return item;
    }

    public override void Write(Utf8JsonWriter writer, ContentItem item, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(nameof(ContentItem.ContentItemId), item.ContentItemId);
        writer.WriteString(nameof(ContentItem.ContentItemVersionId), item.ContentItemVersionId);
        writer.WriteString(nameof(ContentItem.ContentType), item.ContentType);
        WriteNullable(writer, nameof(ContentItem.DisplayText), item.DisplayText);
        writer.WriteBoolean(nameof(ContentItem.Latest), item.Latest);
        writer.WriteBoolean(nameof(ContentItem.Published), item.Published);
        WriteDate(writer, nameof(ContentItem.ModifiedUtc), item.ModifiedUtc);
        WriteDate(writer, nameof(ContentItem.PublishedUtc), item.PublishedUtc);
        WriteDate(writer, nameof(ContentItem.CreatedUtc), item.CreatedUtc);
        WriteNullable(writer, nameof(ContentItem.Owner), item.Owner);
        WriteNullable(writer, nameof(ContentItem.Author), item.Author);
        foreach (var (name, part) in item.Parts)
        {
            writer.WritePropertyName(name);
            if (part is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                part.WriteTo(writer, options);
            }
        }

        writer.WriteEndObject();
    }

    private static bool TrySetCommonProperty(ContentItem item, string name, JsonNode? value, JsonSerializerOptions options)
    {
        switch (name.ToLowerInvariant())
        {
            case "contentitemid": item.ContentItemId = value?.GetValue<string>() ?? ""; return true;
            case "contentitemversionid": item.ContentItemVersionId = value?.GetValue<string>() ?? ""; return true;
            case "contenttype": item.ContentType = value?.GetValue<string>() ?? ""; return true;
            case "displaytext": item.DisplayText = value?.GetValue<string>(); return true;
            case "latest": item.Latest = value?.GetValue<bool>() ?? false; return true;
            case "published": item.Published = value?.GetValue<bool>() ?? false; return true;
            case "modifiedutc": item.ModifiedUtc = value?.Deserialize<DateTime?>(options); return true;
            case "publishedutc": item.PublishedUtc = value?.Deserialize<DateTime?>(options); return true;
            case "createdutc": item.CreatedUtc = value?.Deserialize<DateTime?>(options); return true;
            case "owner": item.Owner = value?.GetValue<string>(); return true;
            case "author": item.Author = value?.GetValue<string>(); return true;
            default: return false;
        }
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateTime? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value.Value);
        }
    }
}
