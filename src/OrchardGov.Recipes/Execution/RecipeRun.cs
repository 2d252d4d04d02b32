using OrchardGov.ContentManagement.Sites;
using OrchardGov.Recipes.Models;

namespace OrchardGov.Recipes.Execution;

/// <summary>The state of one run across nested recipes: its parameters, the chain of recipes being run, the outcomes so far.</summary>
public sealed class RecipeRun(Site site, IReadOnlyDictionary<string, string> parameters)
{
    private readonly List<RecipeStepOutcome> _outcomes = [];
    private readonly List<string> _chain = [];

    public Site Site { get; } = site;

    public IReadOnlyDictionary<string, string> Parameters { get; } = parameters;

    public IReadOnlyList<string> Chain => _chain;

    public RecipeRunReport Report => new(_outcomes.ToList());

    public void Record(RecipeStepOutcome outcome) => _outcomes.Add(outcome);

    // A step's outcome is recorded before it runs, so that the steps of a recipe it runs come after it.
    internal void Replace(RecipeStepOutcome recorded, RecipeStepOutcome final) =>
        _outcomes[_outcomes.LastIndexOf(recorded)] = final;

    /// <summary>Enters a recipe; a recipe already on the chain would run forever, so it is refused.</summary>
    internal IDisposable Enter(Recipe recipe)
    {
        var key = Path.GetFullPath(recipe.FilePath);
        if (_chain.Contains(key, StringComparer.Ordinal))
        {
            var names = _chain.Select(Path.GetFileName).Append(Path.GetFileName(key));
            throw new RecipeException(recipe.FilePath, $"the recipe runs itself: {string.Join(" → ", names)}.");
        }

        _chain.Add(key);
        return new Leave(() => _chain.RemoveAt(_chain.Count - 1));
    }

    private sealed class Leave(Action leave) : IDisposable
    {
        public void Dispose() => leave();
    }
}
