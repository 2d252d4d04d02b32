using OrchardGov.Recipes.Execution;

namespace OrchardGov.Recipes.Steps;

/// <summary><c>ReplaceContentDefinition</c>: the listed types and parts replace the existing ones entirely.</summary>
public sealed class ReplaceContentDefinitionRecipeStep : IRecipeStep
{
    public string Name => "ReplaceContentDefinition";

    public async Task<string> ExecuteAsync(RecipeStepContext context)
    {
        var types = ContentDefinitionRecords.Types(context.Step);
        var parts = ContentDefinitionRecords.Parts(context.Step);
        await context.Session.Definitions.AlterAsync(definition =>
        {
            definition = types.Aggregate(definition, (d, type) => d.WithType(type));
            return parts.Aggregate(definition, (d, part) => d.WithPart(part));
        });
        return $"{types.Count} content types, {parts.Count} parts replaced";
    }
}
