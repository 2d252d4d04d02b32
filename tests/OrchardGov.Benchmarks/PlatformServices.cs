using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Storage;
using OrchardGov.Disclosure;
using OrchardGov.Recipes;

namespace OrchardGov.Benchmarks;

/// <summary>The platform's services as the web host registers them (store, recipes, Disclosure module), on a scratch database, migrated.</summary>
public static class PlatformServices
{
    public static ServiceProvider Start(ScratchDatabase database, string folder)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["OrchardGov:Database:Provider"] = database.Provider.ToString(),
                ["OrchardGov:Database:ConnectionString"] = database.ConnectionString,
            })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddContentManagement(configuration, folder)
            .AddRecipes(configuration, Path.Combine(AppContext.BaseDirectory, "recipes"))
            .AddDisclosure()
            .BuildServiceProvider();
        services.GetRequiredService<StoreInitializer>().InitializeAsync().GetAwaiter().GetResult();
        return services;
    }
}
