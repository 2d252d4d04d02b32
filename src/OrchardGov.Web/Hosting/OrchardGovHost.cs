using System.Text.Encodings.Web;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Theming;
using OrchardGov.Disclosure;
using OrchardGov.Recipes;
using OrchardGov.Web.Apis;

namespace OrchardGov.Web.Hosting;

/// <summary>Registers everything the portal and the CLI share.</summary>
public static class OrchardGovHost
{
    public static IHostApplicationBuilder AddOrchardGov(this IHostApplicationBuilder builder)
    {
        builder.Services.AddContentManagement(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddTheming(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddRecipes(builder.Configuration, Path.Combine(AppContext.BaseDirectory, "recipes"));
        builder.Services.AddDisclosure();
        builder.Services.AddSingleton(ContentApi.Feature);
        // Chinese text in JSON answers stays readable instead of \uXXXX escapes.
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        builder.Services.AddSingleton<FirstStart>();
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return builder;
    }
}
