using System.Text.Json.Nodes;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Recipes.Models;

namespace OrchardGov.Recipes.Execution;

/// <summary>One step being run: its JSON (scripts already evaluated) and the session every step of the run shares.</summary>
public sealed class RecipeStepContext
{
    public required Recipe Recipe { get; init; }
    public required int Index { get; init; }
    public required string Name { get; init; }
    public required JsonObject Step { get; init; }
    public required ContentSession Session { get; init; }
    public required RecipeRun Run { get; init; }

    /// <summary>0 for the recipe that was asked for, 1 for a recipe it runs, and so on.</summary>
    public int Depth { get; init; }
    public CancellationToken CancellationToken { get; init; }
}
