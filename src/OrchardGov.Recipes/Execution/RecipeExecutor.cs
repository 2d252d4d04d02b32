using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Recipes.Models;
using OrchardGov.Recipes.Scripting;

namespace OrchardGov.Recipes.Execution;

/// <summary>
/// Runs a recipe on one site in one transaction: a failing step rolls back every step before it. Steps with
/// no registered handler are reported as skipped, by index and name; their scripts are not evaluated.
/// </summary>
public sealed class RecipeExecutor(ContentStore store, IEnumerable<IRecipeStep> steps, IConfiguration configuration)
{
    private readonly Dictionary<string, IRecipeStep> _steps = steps.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

    public async Task<RecipeRunReport> RunAsync(Recipe recipe, Site site, IReadOnlyDictionary<string, string>? parameters = null,
        CancellationToken cancellationToken = default)
    {
        await using var session = store.OpenSession(site.Id);
        var run = new RecipeRun(site, parameters ?? new Dictionary<string, string>());
        await RunAsync(recipe, session, run, depth: 0, cancellationToken);
        await session.CommitAsync();
        return run.Report;
    }

    /// <summary>Runs a recipe inside an existing session (a nested recipe, or a feature's migration recipe).</summary>
    public async Task RunAsync(Recipe recipe, ContentSession session, RecipeRun run, int depth, CancellationToken cancellationToken)
    {
        if (recipe.SiteLevels.Count > 0 && !recipe.SiteLevels.Contains(run.Site.Level))
        {
            throw new RecipeException(recipe.FilePath,
                $"the recipe '{recipe.Name}' is for {string.Join(" or ", recipe.SiteLevels)} sites; {run.Site.Code} {run.Site.Name} is a {run.Site.Level} site.");
        }

        using var entered = run.Enter(recipe);
        var scripts = new RecipeScripts(recipe, run, configuration);
        for (var index = 0; index < recipe.Steps.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = $"$.steps[{index}]";
            if (recipe.Steps[index] is not JsonObject raw)
            {
                throw new RecipeException(recipe.FilePath, "a step must be a JSON object.", index, "?", path);
            }

            var name = raw["name"] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text
                : throw new RecipeException(recipe.FilePath, "the step has no 'name'.", index, "?", path + ".name");
            if (!_steps.TryGetValue(name, out var handler))
            {
                run.Record(new RecipeStepOutcome(recipe.Name, index, name, Applied: false, "skipped: no handler for this step here", depth));
                continue;
            }

            try
            {
                var step = (JsonObject)scripts.Evaluate(raw, path)!;
                var outcome = new RecipeStepOutcome(recipe.Name, index, name, Applied: true, "", depth);
                run.Record(outcome);
                var summary = await handler.ExecuteAsync(new RecipeStepContext
                {
                    Recipe = recipe, Index = index, Name = name, Step = step, Session = session, Run = run, Depth = depth, CancellationToken = cancellationToken,
                });
                run.Replace(outcome, outcome with { Summary = summary });
            }
            catch (RecipeStepException error)
            {
                var at = error.Path.StartsWith('$') ? error.Path : error.Path.Length == 0 ? path : $"{path}.{error.Path}";
                throw new RecipeException(recipe.FilePath, error.Message, index, name, at, inner: error);
            }
            // Database failures (a locked file, a lost connection) are not the recipe's fault and pass through as they are.
            catch (Exception error) when (error is not (RecipeException or OperationCanceledException or System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException))
            {
                var problem = error is UserInputException ? error.Message : $"{error.GetType().Name}: {error.Message}";
                throw new RecipeException(recipe.FilePath, problem, index, name, path, inner: error);
            }
        }
    }
}
