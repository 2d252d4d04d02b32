using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OrchardGov.ContentManagement.ContentItems;

/// <summary>
/// One version of a content item, in Orchard Core's JSON shape: the common properties at the top level,
/// then one property per part (fields live inside their part). Parts and fields this host does not know
/// are kept as they came.
/// </summary>
[JsonConverter(typeof(ContentItemConverter))]
public sealed class ContentItem
{
    /// <summary>The store's document id of this version; 0 until the version is first saved.</summary>
    public long DocumentId { get; internal set; }

    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string? DisplayText { get; set; }
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public DateTime? ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public DateTime? CreatedUtc { get; set; }
    public string? Owner { get; set; }
    public string? Author { get; set; }

    /// <summary>The parts by name, each a JSON object holding the part's properties and fields.</summary>
    public JsonObject Parts { get; set; } = [];

    public JsonObject? Part(string partName) => Parts[partName] as JsonObject;

    /// <summary>The named part, created empty when the item does not have it yet.</summary>
    public JsonObject GetOrAddPart(string partName)
    {
        if (Parts[partName] is JsonObject part)
        {
            return part;
        }

        part = [];
        Parts[partName] = part;
        return part;
    }

    /// <summary>A copy of this version that shares nothing with it.</summary>
    public ContentItem Clone() => ContentItemJson.Parse(ContentItemJson.Serialize(this));
}
