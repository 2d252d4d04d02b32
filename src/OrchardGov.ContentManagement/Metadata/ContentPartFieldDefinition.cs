using System.Text.Json.Nodes;

namespace OrchardGov.ContentManagement.Metadata;

/// <summary>A field on a part: its kind (<see cref="ContentFieldKinds"/>), its name and its settings kept as JSON.</summary>
public sealed record ContentPartFieldDefinition
{
    public required string FieldName { get; init; }
    public required string Name { get; init; }
    public JsonObject Settings { get; init; } = [];
}
