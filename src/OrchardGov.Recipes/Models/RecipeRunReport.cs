namespace OrchardGov.Recipes.Models;

/// <summary>Every step of a recipe run, including the steps of the recipes it ran, in order.</summary>
public sealed record RecipeRunReport(IReadOnlyList<RecipeStepOutcome> Steps)
{
    public IEnumerable<RecipeStepOutcome> Skipped => Steps.Where(s => !s.Applied);
}
