using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.Disclosure.Services.Search;

public static class SearchServices
{
    /// <summary>
    /// The search index, its updater and the follower that keeps it current. The index folder is opened (and locked
    /// for this process) when first needed.
    /// </summary>
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddSingleton(provider => SearchOptions.Read(
            provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<DatabaseOptions>(), provider.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory));
        services.AddSingleton(provider => new SearchIndex(provider.GetRequiredService<SearchOptions>().Folder));
        services.AddSingleton<SearchDocumentReader>();
        services.AddSingleton<SearchIndexUpdater>();
        services.AddSingleton<SiteSearch>();
        services.AddHostedService<SearchIndexFollower>();
        return services;
    }
}
