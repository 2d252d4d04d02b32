using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OrchardGov.ContentManagement.Metadata;

/// <summary>A content type: its name, display name, settings (kept as JSON) and the parts attached to it.</summary>
public sealed record ContentTypeDefinition
{
    public required string Name { get; init; }
    public string? DisplayName { get; init; }
    public JsonObject Settings { get; init; } = [];
    public IReadOnlyList<ContentTypePartDefinition> ContentTypePartDefinitionRecords { get; init; } = [];

    /// <summary>The type's <c>ContentTypeSettings</c>, with Orchard Core's defaults where a setting is absent.</summary>
    [JsonIgnore]
    public ContentTypeSettings TypeSettings => ContentTypeSettings.From(Settings);

    /// <summary>The attached parts in their display order (by <c>Position</c>, then as listed).</summary>
    [JsonIgnore]
    public IEnumerable<ContentTypePartDefinition> PartsInOrder =>
        ContentTypePartDefinitionRecords.Select((part, index) => (part, index))
            .OrderBy(p => p.part.Position ?? int.MaxValue).ThenBy(p => p.index).Select(p => p.part);
}
