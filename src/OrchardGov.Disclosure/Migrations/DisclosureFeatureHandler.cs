using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Recipes.Execution;
using OrchardGov.Recipes.Models;
using OrchardGov.Recipes.Parsing;

namespace OrchardGov.Disclosure.Migrations;

/// <summary>
/// Enabling the module on a site runs its migration recipe there (a <c>ContentDefinition</c> step, the same
/// file an Orchard Core site can import). Disabling it keeps the site's content; the module's routes answer 404.
/// </summary>
public sealed class DisclosureFeatureHandler(IServiceProvider services, SiteRegistry sites) : IFeatureEventHandler
{
    public const string RecipeResource = "Disclosure.Disclosure.recipe.json";

    public static Recipe MigrationRecipe { get; } = Load();

    public async Task EnabledAsync(ContentSession session, FeatureDescriptor feature, CancellationToken cancellationToken)
    {
        if (feature.Id != Manifest.Disclosure.Id)
        {
            return;
        }

        var site = await sites.FindAsync(session.SiteId, cancellationToken)
            ?? throw new InvalidOperationException($"Site {session.SiteId} does not exist.");
        // Resolved here: the executor runs feature steps, which call this handler.
        var executor = services.GetRequiredService<RecipeExecutor>();
        await executor.RunAsync(MigrationRecipe, session, new RecipeRun(site, new Dictionary<string, string>()), depth: 1, cancellationToken);
    }

    public Task DisabledAsync(ContentSession session, FeatureDescriptor feature, CancellationToken cancellationToken) => Task.CompletedTask;

    private static Recipe Load()
    {
        using var stream = typeof(DisclosureFeatureHandler).Assembly.GetManifestResourceStream(RecipeResource)
            ?? throw new InvalidOperationException($"The module's migration recipe {RecipeResource} is missing from the build.");
        var json = JsonNode.Parse(stream, RecipeReader.NodeOptions)!.AsObject();
        return RecipeReader.FromJson(json, "OrchardGov.Disclosure/Migrations/Disclosure.recipe.json");
    }
}
