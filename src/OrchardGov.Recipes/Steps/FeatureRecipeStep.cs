using System.Text.Json.Nodes;
using OrchardGov.ContentManagement.Features;
using OrchardGov.Recipes.Execution;
using OrchardGov.Recipes.Models;

namespace OrchardGov.Recipes.Steps;

/// <summary>
/// <c>feature</c>: enables the features of <c>enable</c> and disables those of <c>disable</c> on the site.
/// Orchard Core features this host does not have are listed as not available; an unknown OrchardGov feature
/// is an error, since it can only be a mistake.
/// </summary>
public sealed class FeatureRecipeStep(FeatureService features, FeatureCatalog catalog) : IRecipeStep
{
    public string Name => "feature";

    public async Task<string> ExecuteAsync(RecipeStepContext context)
    {
        var enabled = 0;
        var disabled = 0;
        var unavailable = new List<string>();
        foreach (var (id, path) in Ids(context.Step, "disable"))
        {
            if (Available(id, path, unavailable) && await features.DisableAsync(context.Session, id, context.CancellationToken))
            {
                disabled++;
            }
        }

        foreach (var (id, path) in Ids(context.Step, "enable"))
        {
            if (Available(id, path, unavailable))
            {
                enabled += (await features.EnableAsync(context.Session, id, context.CancellationToken)).Count;
            }
        }

        return $"{enabled} enabled, {disabled} disabled"
            + (unavailable.Count == 0 ? "" : $"; not available here: {string.Join(", ", unavailable)}");
    }

    private bool Available(string id, string path, List<string> unavailable)
    {
        if (catalog.Find(id) is not null)
        {
            return true;
        }

        if (id.StartsWith("OrchardGov.", StringComparison.OrdinalIgnoreCase))
        {
            throw new RecipeStepException(path, $"there is no feature '{id}'. Available: {string.Join(", ", catalog.All.Select(f => f.Id))}.");
        }

        unavailable.Add(id);
        return false;
    }

    private static IEnumerable<(string Id, string Path)> Ids(JsonObject step, string arrayName) => step[arrayName] switch
    {
        null => [],
        JsonArray array => array.Select((node, i) => node is JsonValue value && value.TryGetValue<string>(out var id)
            ? (id, $"{arrayName}[{i}]")
            : throw new RecipeStepException($"{arrayName}[{i}]", "must be a feature id (a string).")).ToList(),
        _ => throw new RecipeStepException(arrayName, "must be an array of feature ids."),
    };
}
