using OrchardGov.Recipes.Execution;

namespace OrchardGov.Recipes.Steps;

/// <summary><c>DeleteContentDefinition</c>: removes the named types and parts.</summary>
public sealed class DeleteContentDefinitionRecipeStep : IRecipeStep
{
    public string Name => "DeleteContentDefinition";

    public async Task<string> ExecuteAsync(RecipeStepContext context)
    {
        var types = ContentDefinitionRecords.Names(context.Step, "ContentTypes");
        var parts = ContentDefinitionRecords.Names(context.Step, "ContentParts");
        await context.Session.Definitions.AlterAsync(definition =>
        {
            definition = types.Aggregate(definition, (d, type) => d.WithoutType(type));
            return parts.Aggregate(definition, (d, part) => d.WithoutPart(part));
        });
        return $"{types.Count} content types, {parts.Count} parts deleted";
    }
}
