using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Recipes.Steps;

namespace OrchardGov.Recipes.Export;

/// <summary>
/// Writes a site as an Orchard Core recipe: its enabled features, its content definition, its settings, and every published and
/// draft version of its content items. Running the recipe on an empty site gives the same definitions and items.
/// </summary>
public sealed class RecipeExporter(ContentStore store, FeatureService features)
{
    private const int PageSize = 500;

    public async Task<JsonObject> ExportAsync(Site site, CancellationToken cancellationToken = default)
    {
        await using var session = store.OpenSession(site.Id);
        var steps = new JsonArray();
        var enabled = (await features.ListAsync(site.Id, cancellationToken)).Where(f => f.Enabled && !f.Feature.AlwaysEnabled).Select(f => f.Feature.Id).ToList();
        if (enabled.Count > 0)
        {
            steps.Add(new JsonObject { ["name"] = "feature", ["enable"] = new JsonArray(enabled.Select(id => (JsonNode?)JsonValue.Create(id)).ToArray()) });
        }

        var definition = await session.Definitions.GetAsync();
        if (definition.ContentTypes.Count + definition.ContentParts.Count > 0)
        {
            var definitionStep = new JsonObject { ["name"] = "ContentDefinition" };
            foreach (var (name, value) in JsonSerializer.SerializeToNode(definition, ContentItemJson.Options)!.AsObject().ToList())
            {
                definitionStep[name] = value?.DeepClone();
            }

            steps.Add(definitionStep);
        }

        var settings = await session.Documents.GetObjectAsync(SettingsRecipeStep.DocumentType);
        if (settings.Count > 0)
        {
            var settingsStep = new JsonObject { ["name"] = "settings" };
            foreach (var (name, value) in settings.ToList())
            {
                settingsStep[name] = value?.DeepClone();
            }

            steps.Add(settingsStep);
        }

        var items = new JsonArray();
        foreach (var version in new[] { VersionOptions.Published, VersionOptions.Draft })
        {
            for (var skip = 0; ; skip += PageSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = await session.QueryAsync(new ContentQuery { Version = version, OldestFirst = true, Skip = skip, Take = PageSize });
                foreach (var item in page.Items)
                {
                    items.Add(JsonNode.Parse(ContentItemJson.Serialize(item)));
                }

                if (page.Items.Count < PageSize)
                {
                    break;
                }
            }
        }

        if (items.Count > 0)
        {
            steps.Add(new JsonObject { ["name"] = "content", ["data"] = items });
        }

        return new JsonObject
        {
            ["name"] = $"{site.Code}-export",
            ["displayName"] = $"{site.Name} 导出",
            ["description"] = $"站点 {site.Code} {site.Name} 的内容定义、设置与内容项",
            ["author"] = "OrchardGov",
            ["website"] = "",
            ["version"] = "1.0.0",
            ["issetuprecipe"] = false,
            ["categories"] = new JsonArray(),
            ["tags"] = new JsonArray(),
            ["steps"] = steps,
        };
    }
}
