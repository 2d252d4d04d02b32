using System.Text.Json.Nodes;

namespace OrchardGov.ContentManagement.Metadata;

/// <summary>The flags Orchard Core keeps under <c>Settings.ContentTypeSettings</c> of a type.</summary>
public sealed record ContentTypeSettings(
    bool Creatable, bool Listable, bool Draftable, bool Versionable, bool Securable, string? Stereotype)
{
    public static ContentTypeSettings From(JsonObject typeSettings)
    {
        var settings = typeSettings["ContentTypeSettings"] as JsonObject;
        return new ContentTypeSettings(
            Flag(settings, nameof(Creatable)),
            Flag(settings, nameof(Listable)),
            Flag(settings, nameof(Draftable)),
            Flag(settings, nameof(Versionable)),
            Flag(settings, nameof(Securable)),
            settings?[nameof(Stereotype)]?.GetValue<string>());
    }

    /// <summary>Writes these flags into a type's settings object, keeping its other settings.</summary>
    public JsonObject ApplyTo(JsonObject typeSettings)
    {
        var copy = (JsonObject)typeSettings.DeepClone();
        var settings = copy["ContentTypeSettings"] as JsonObject ?? [];
        settings[nameof(Creatable)] = Creatable;
        settings[nameof(Listable)] = Listable;
        settings[nameof(Draftable)] = Draftable;
        settings[nameof(Versionable)] = Versionable;
        settings[nameof(Securable)] = Securable;
        if (Stereotype is null)
        {
            settings.Remove(nameof(Stereotype));
        }
        else
        {
            settings[nameof(Stereotype)] = Stereotype;
        }

        copy["ContentTypeSettings"] = settings;
        return copy;
    }

    private static bool Flag(JsonObject? settings, string name) =>
        settings?[name] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;
}
