using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Admin;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Indexes;
using OrchardGov.ContentManagement.Storage;
using OrchardGov.Disclosure.Admin;
using OrchardGov.Disclosure.Admin.Articles;
using OrchardGov.Disclosure.Apis;
using OrchardGov.Disclosure.Migrations;
using OrchardGov.Disclosure.Migrations.Schema;
using OrchardGov.Disclosure.Portal;
using OrchardGov.Disclosure.Services;
using OrchardGov.Disclosure.Services.Editing;
using OrchardGov.Disclosure.Services.Review;
using OrchardGov.Disclosure.Services.Settings;
using OrchardGov.Disclosure.Services.Compliance;
using OrchardGov.Disclosure.Services.Search;
using OrchardGov.ContentManagement.Theming;

namespace OrchardGov.Disclosure;

/// <summary>Plugs the module into the host: its feature, index tables, content handler, services and routes.</summary>
public static class Startup
{
    public static IServiceCollection AddDisclosure(this IServiceCollection services)
    {
        services.AddSingleton(Manifest.Disclosure);
        services.AddSingleton<IFeatureEventHandler, DisclosureFeatureHandler>();
        foreach (var provider in DisclosureSchemaContext.IndexProviders)
        {
            services.AddSingleton<IIndexProvider>(provider);
        }

        services.AddSingleton<IStoreSchemaMigration, DisclosureSchemaMigration>();
        services.AddSingleton<IContentItemHandler, HtmlBodySanitizer>();
        services.AddSingleton<CatalogReader>();
        services.AddSingleton<NotApplicableDomains>();
        services.AddSingleton<CatalogImporter>();
        services.AddSingleton<ISiteHomePage, HomePage>();
        services.AddSingleton<PortalCatalogCache>();
        services.AddSingleton<DisclosureSettingsStore>();
        services.AddSingleton<CatalogReview>();
        services.AddSingleton<ColumnEditor>();
        services.AddSingleton<CatalogEditor>();
        services.AddSingleton<ArticleEditor>();
        services.AddSingleton<ArticlePublisher>();
        services.AddSingleton<ArticleReview>();
        services.AddSingleton<ScheduledPublishing>();
        services.AddHostedService(provider => provider.GetRequiredService<ScheduledPublishing>());
        services.AddSingleton<ISiteAdminMenu, DisclosureAdminMenu>();
        services.AddSingleton<IAdminMainMenu, DisclosureMainMenu>();
        services.AddSingleton(DisclosureAuditLabels.Labels);
        services.AddSingleton<CatalogWorkbookFile>();
        services.AddSingleton<AttachmentUploads>();
        services.AddSingleton<ArticleForm>();
        services.AddCompliance();
        services.AddSearch();

        return services;
    }

    /// <summary>The module's public pages and JSON routes (<c>/{siteCode}/api/</c>); they answer 404 on sites without the module.</summary>
    public static IEndpointRouteBuilder MapDisclosure(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCatalogApi();
        endpoints.MapAdminCatalogApi();
        endpoints.MapAdminColumnsApi();
        endpoints.MapAdminArticlesApi();
        endpoints.MapComplianceApi();
        endpoints.MapSearchApi();
        endpoints.MapDisclosurePortal();
        return endpoints;
    }
}
