using OrchardGov.ContentManagement.Metadata;

namespace OrchardGov.Recipes.Steps;

/// <summary>
/// How a <c>ContentDefinition</c> step changes existing definitions: the display name is replaced when given,
/// settings merge, and listed parts (or fields) are added or have their settings merged; parts and fields it
/// does not list stay.
/// </summary>
public static class ContentDefinitionMerge
{
    public static ContentTypeDefinition Type(ContentTypeDefinition? existing, ContentTypeDefinition incoming)
    {
        if (existing is null)
        {
            return incoming;
        }

        var parts = existing.ContentTypePartDefinitionRecords.ToList();
        foreach (var part in incoming.ContentTypePartDefinitionRecords)
        {
            var index = parts.FindIndex(p => string.Equals(p.Name, part.Name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                parts.Add(part);
            }
            else
            {
                parts[index] = part with { Settings = JsonMerge.Merge(parts[index].Settings, part.Settings) };
            }
        }

        return existing with
        {
            DisplayName = string.IsNullOrEmpty(incoming.DisplayName) ? existing.DisplayName : incoming.DisplayName,
            Settings = JsonMerge.Merge(existing.Settings, incoming.Settings),
            ContentTypePartDefinitionRecords = parts,
        };
    }

    public static ContentPartDefinition Part(ContentPartDefinition? existing, ContentPartDefinition incoming)
    {
        if (existing is null)
        {
            return incoming;
        }

        var fields = existing.ContentPartFieldDefinitionRecords.ToList();
        foreach (var field in incoming.ContentPartFieldDefinitionRecords)
        {
            var index = fields.FindIndex(f => string.Equals(f.Name, field.Name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                fields.Add(field);
            }
            else
            {
                fields[index] = field with { Settings = JsonMerge.Merge(fields[index].Settings, field.Settings) };
            }
        }

        return existing with { Settings = JsonMerge.Merge(existing.Settings, incoming.Settings), ContentPartFieldDefinitionRecords = fields };
    }
}
