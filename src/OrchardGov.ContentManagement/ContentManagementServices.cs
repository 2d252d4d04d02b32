using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Indexes;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.ContentManagement;

public static class ContentManagementServices
{
    public static readonly FeatureDescriptor ContentsFeature = new(
        "OrchardGov.Contents", "内容管理", "内容类型、内容项及其版本；每个站点都有。", AlwaysEnabled: true);

    /// <summary>The content store, sites and features, on the database configured under <c>OrchardGov:Database</c>.</summary>
    public static IServiceCollection AddContentManagement(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.TryAddSingleton(TimeProvider.System);
        // Read when first needed, so that a configuration mistake surfaces as one clear start-up error.
        services.AddSingleton(_ => DatabaseOptions.Read(configuration));
        services.AddSingleton(provider => new StoreModel(provider.GetServices<IIndexProvider>()));
        services.AddSingleton(provider => new StoreContextFactory(
            provider.GetRequiredService<DatabaseOptions>(), contentRoot, provider.GetRequiredService<StoreModel>()));
        services.AddSingleton<StoreInitializer>();
        services.AddSingleton<ContentStore>();
        services.AddSingleton<ContentChangeLog>();
        services.AddSingleton(DivisionDirectory.Embedded);
        services.AddSingleton<SiteRegistry>();
        services.AddSingleton<SiteLookup>();
        services.AddSingleton<FeatureCatalog>();
        services.AddSingleton<FeatureService>();
        services.AddSingleton(ContentsFeature);
        services.AddAccounts();
        return services;
    }
}
