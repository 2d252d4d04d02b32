using OrchardGov.Recipes.Execution;

namespace OrchardGov.Recipes.Steps;

/// <summary><c>ContentDefinition</c>: adds content types and parts, or merges into the existing ones.</summary>
public sealed class ContentDefinitionRecipeStep : IRecipeStep
{
    public string Name => "ContentDefinition";

    public async Task<string> ExecuteAsync(RecipeStepContext context)
    {
        var types = ContentDefinitionRecords.Types(context.Step);
        var parts = ContentDefinitionRecords.Parts(context.Step);
        await context.Session.Definitions.AlterAsync(definition =>
        {
            definition = types.Aggregate(definition, (d, type) => d.WithType(ContentDefinitionMerge.Type(d.Type(type.Name), type)));
            return parts.Aggregate(definition, (d, part) => d.WithPart(ContentDefinitionMerge.Part(d.Part(part.Name), part)));
        });
        return $"{types.Count} content types, {parts.Count} parts";
    }
}
