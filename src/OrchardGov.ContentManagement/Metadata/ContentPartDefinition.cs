using System.Text.Json.Nodes;

namespace OrchardGov.ContentManagement.Metadata;

/// <summary>A part definition with its settings (kept as JSON) and fields.</summary>
public sealed record ContentPartDefinition
{
    public required string Name { get; init; }
    public JsonObject Settings { get; init; } = [];
    public IReadOnlyList<ContentPartFieldDefinition> ContentPartFieldDefinitionRecords { get; init; } = [];
}
