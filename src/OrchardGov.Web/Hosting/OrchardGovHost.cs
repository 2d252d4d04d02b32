using OrchardGov.ContentManagement;
using OrchardGov.Recipes;
using OrchardGov.Web.Apis;

namespace OrchardGov.Web.Hosting;

/// <summary>Registers everything the portal and the CLI share.</summary>
public static class OrchardGovHost
{
    public static IHostApplicationBuilder AddOrchardGov(this IHostApplicationBuilder builder)
    {
        builder.Services.AddContentManagement(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddRecipes(builder.Configuration, Path.Combine(AppContext.BaseDirectory, "recipes"));
        builder.Services.AddSingleton(ContentApi.Feature);
        builder.Services.AddSingleton<FirstStart>();
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return builder;
    }
}
