using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OrchardGov.ContentManagement.Metadata;

/// <summary>
/// A part attached to a type. <c>Name</c> is the attachment's name and <c>PartName</c> the part definition;
/// they differ for named parts (the same part attached twice under different names).
/// </summary>
public sealed record ContentTypePartDefinition
{
    public required string PartName { get; init; }
    public required string Name { get; init; }
    public JsonObject Settings { get; init; } = [];

    /// <summary>The attachment's position, which Orchard Core stores as a string in <c>ContentTypePartSettings</c>.</summary>
    [JsonIgnore]
    public int? Position =>
        Settings["ContentTypePartSettings"]?["Position"] is JsonValue value
        && int.TryParse(value.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var position)
            ? position
            : null;
}
