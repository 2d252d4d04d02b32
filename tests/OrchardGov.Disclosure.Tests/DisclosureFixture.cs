using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.ContentManagement.Storage;
using OrchardGov.Disclosure.Services;
using OrchardGov.Recipes;
using OrchardGov.Recipes.Scaffolding;
using OrchardGov.Testing;

namespace OrchardGov.Disclosure.Tests;

/// <summary>
/// A migrated store with the recipe engine, the Disclosure module and the repository's standard recipes, on one
/// provider (see <see cref="TestDatabase"/>). Tests scaffold their own sites from the division codes.
/// </summary>
public abstract class DisclosureFixture : IAsyncLifetime
{
    public static readonly string RecipesFolder = Path.Combine(AppContext.BaseDirectory, "recipes");

    private TestStore? _store;

    public IServiceProvider Services => _store?.Services ?? throw new InvalidOperationException("The fixture has not started.");
    public SiteScaffolder Scaffolder => Services.GetRequiredService<SiteScaffolder>();
    public SiteRegistry Sites => Services.GetRequiredService<SiteRegistry>();
    public ContentStore Store => Services.GetRequiredService<ContentStore>();
    public StoreContextFactory Contexts => Services.GetRequiredService<StoreContextFactory>();
    public string Scratch => _store?.Folder ?? throw new InvalidOperationException("The fixture has not started.");

    protected abstract DatabaseProvider Provider { get; }

    public void SkipIfUnavailable() => Skip.If(_store?.Unavailable is not null, _store?.Unavailable);

    /// <summary>The site's published catalog, as the public sees it.</summary>
    public async Task<SiteCatalog> CatalogAsync(Site site, VersionOptions version = VersionOptions.Published)
    {
        await using var session = Store.OpenSession(site.Id);
        return await Services.GetRequiredService<CatalogReader>().ReadAsync(session, version);
    }

    public async Task InitializeAsync() =>
        _store = await TestStore.StartAsync(Provider, (services, configuration) => services
            .AddRecipes(configuration, RecipesFolder)
            .AddDisclosure());

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }
}

public sealed class SqliteDisclosureFixture : DisclosureFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresDisclosureFixture : DisclosureFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
