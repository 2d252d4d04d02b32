using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.Recipes.Execution;
using OrchardGov.Recipes.Export;
using OrchardGov.Recipes.Parsing;
using OrchardGov.Recipes.Scaffolding;
using OrchardGov.Recipes.Steps;

namespace OrchardGov.Recipes;

public static class RecipesServices
{
    /// <summary>The recipe engine with the standard steps; recipes are looked up in <paramref name="folders"/> and in <c>OrchardGov:Recipes:Folders</c>.</summary>
    public static IServiceCollection AddRecipes(this IServiceCollection services, IConfiguration configuration, params string[] folders)
    {
        // Read when first needed, so that configuration added after this call still counts.
        services.AddSingleton(_ => configuration.GetSection(RecipeOptions.Section).Get<RecipeOptions>() ?? new RecipeOptions());
        foreach (var folder in folders)
        {
            services.AddSingleton(new RecipeFolder(folder));
        }

        services.AddSingleton<RecipeReader>();
        services.AddSingleton<RecipeCatalog>();
        services.AddSingleton<RecipeExecutor>();
        services.AddSingleton<RecipeExporter>();
        services.AddSingleton<SiteScaffolder>();
        services.AddRecipeStep<FeatureRecipeStep>();
        services.AddRecipeStep<ContentDefinitionRecipeStep>();
        services.AddRecipeStep<ReplaceContentDefinitionRecipeStep>();
        services.AddRecipeStep<DeleteContentDefinitionRecipeStep>();
        services.AddRecipeStep<ContentRecipeStep>();
        services.AddRecipeStep<SettingsRecipeStep>();
        services.AddRecipeStep<RecipesRecipeStep>();
        return services;
    }

    public static IServiceCollection AddRecipeStep<TStep>(this IServiceCollection services) where TStep : class, IRecipeStep =>
        services.AddSingleton<IRecipeStep, TStep>();
}
