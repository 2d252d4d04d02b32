using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.Recipes.Execution;
using OrchardGov.Recipes.Models;

namespace OrchardGov.Recipes.Steps;

/// <summary>
/// <c>recipes</c>: runs the recipes named in <c>Values</c> (each <c>{ "name": ... }</c>) in the same transaction.
/// A named recipe that cannot be found is reported as skipped.
/// </summary>
public sealed class RecipesRecipeStep(RecipeCatalog catalog, IServiceProvider services) : IRecipeStep
{
    public string Name => "recipes";

    public async Task<string> ExecuteAsync(RecipeStepContext context)
    {
        if (context.Step["Values"] is not JsonArray values)
        {
            throw new RecipeStepException("Values", "is required: the array of recipes to run, each { \"name\": ... }.");
        }

        var executor = services.GetRequiredService<RecipeExecutor>();
        var ran = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            var name = values[i]?["name"] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text
                : throw new RecipeStepException($"Values[{i}].name", "is required: the name of the recipe to run.");
            var recipe = await catalog.FindAsync(name, context.Recipe.Folder, context.CancellationToken);
            if (recipe is null)
            {
                context.Run.Record(new RecipeStepOutcome(name, 0, "recipe", Applied: false, $"skipped: no recipe named '{name}' was found", context.Depth + 1));
                continue;
            }

            await executor.RunAsync(recipe, context.Session, context.Run, context.Depth + 1, context.CancellationToken);
            ran.Add(recipe.Name);
        }

        return $"ran {ran.Count} of {values.Count} recipes" + (ran.Count == 0 ? "" : $": {string.Join(", ", ran)}");
    }
}
