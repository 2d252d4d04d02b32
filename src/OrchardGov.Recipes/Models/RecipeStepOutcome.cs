namespace OrchardGov.Recipes.Models;

/// <summary>What one step did: applied (with a summary of counts) or skipped (with the reason).</summary>
public sealed record RecipeStepOutcome(string Recipe, int Index, string Name, bool Applied, string Summary, int Depth = 0);
