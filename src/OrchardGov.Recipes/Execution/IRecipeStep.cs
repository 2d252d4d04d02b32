namespace OrchardGov.Recipes.Execution;

/// <summary>Carries out the steps of one name (matched case-insensitively). Modules register their own.</summary>
public interface IRecipeStep
{
    string Name { get; }

    /// <summary>Applies the step and returns a short summary of what it did (with counts).</summary>
    Task<string> ExecuteAsync(RecipeStepContext context);
}
