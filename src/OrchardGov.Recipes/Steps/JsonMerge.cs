using System.Text.Json.Nodes;

namespace OrchardGov.Recipes.Steps;

/// <summary>Settings merging as recipes do it: objects merge property by property, any other value replaces.</summary>
public static class JsonMerge
{
    public static JsonObject Merge(JsonObject target, JsonObject incoming)
    {
        var merged = (JsonObject)target.DeepClone();
        foreach (var (name, value) in incoming)
        {
            merged[name] = merged[name] is JsonObject existing && value is JsonObject update
                ? Merge(existing, update)
                : value?.DeepClone();
        }

        return merged;
    }
}
