using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Recipes.Execution;
using OrchardGov.Recipes.Models;

namespace OrchardGov.Recipes.Steps;

/// <summary>
/// <c>content</c>: imports the items of <c>data</c> by ContentItemVersionId — created when new, updated only
/// when their JSON differs. An item without a version id updates its item's latest version, or is created.
/// </summary>
public sealed class ContentRecipeStep : IRecipeStep
{
    public string Name => "content";

    public async Task<string> ExecuteAsync(RecipeStepContext context)
    {
        if (context.Step["data"] is not JsonArray data)
        {
            throw new RecipeStepException("data", context.Step["data"] is null ? "is required: the array of content items." : "must be an array.");
        }

        var items = new List<ContentItem>(data.Count);
        for (var i = 0; i < data.Count; i++)
        {
            var item = Read(data[i], $"data[{i}]");
            await AssignVersionAsync(context.Session, item);
            items.Add(item);
        }

        var counts = (await context.Session.ImportAsync(items)).CountBy(outcome => outcome).ToDictionary();

        return $"{data.Count} items: {counts.GetValueOrDefault(ImportOutcome.Created)} created, "
            + $"{counts.GetValueOrDefault(ImportOutcome.Updated)} updated, {counts.GetValueOrDefault(ImportOutcome.Unchanged)} unchanged";
    }

    private static ContentItem Read(JsonNode? node, string path)
    {
        if (node is not JsonObject json)
        {
            throw new RecipeStepException(path, "must be a content item (a JSON object).");
        }

        ContentItem item;
        try
        {
            // The step is this run's own evaluated copy, so the item may take its nodes over.
            item = ContentItemJson.FromObject(json);
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException)
        {
            throw new RecipeStepException(path, $"is not a valid content item: {error.Message}");
        }

        return string.IsNullOrWhiteSpace(item.ContentType)
            ? throw new RecipeStepException(path + ".ContentType", "is required.")
            : item;
    }

    private static async Task AssignVersionAsync(ContentSession session, ContentItem item)
    {
        if (string.IsNullOrEmpty(item.ContentItemId))
        {
            item.ContentItemId = ContentItemIdGenerator.NewId();
        }

        if (string.IsNullOrEmpty(item.ContentItemVersionId))
        {
            item.ContentItemVersionId = (await session.GetAsync(item.ContentItemId, VersionOptions.Latest))?.ContentItemVersionId
                ?? ContentItemIdGenerator.NewId();
        }
    }
}
