namespace OrchardGov.Recipes.Models;

/// <summary>Thrown by a step about its own JSON; the runner adds the file and step. <paramref name="Path"/> is relative to the step.</summary>
public sealed class RecipeStepException(string path, string message) : Exception(message)
{
    public string Path { get; } = path;
}
