using System.Text.Json.Nodes;
using OrchardGov.Recipes.Execution;

namespace OrchardGov.Recipes.Steps;

/// <summary><c>settings</c>: every property but <c>name</c> is a site setting, merged into the site's settings document.</summary>
public sealed class SettingsRecipeStep : IRecipeStep
{
    public const string DocumentType = "SiteSettings";

    public string Name => "settings";

    public async Task<string> ExecuteAsync(RecipeStepContext context)
    {
        var incoming = new JsonObject(context.Step.Where(p => !p.Key.Equals("name", StringComparison.OrdinalIgnoreCase))
            .Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
        var settings = await context.Session.Documents.GetObjectAsync(DocumentType);
        await context.Session.Documents.SaveObjectAsync(DocumentType, JsonMerge.Merge(settings, incoming));
        return $"{incoming.Count} settings";
    }
}
