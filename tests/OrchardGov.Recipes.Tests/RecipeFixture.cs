using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.ContentManagement.Storage;
using OrchardGov.Recipes.Execution;
using OrchardGov.Recipes.Export;
using OrchardGov.Recipes.Models;
using OrchardGov.Recipes.Parsing;

namespace OrchardGov.Recipes.Tests;

/// <summary>
/// A migrated store with the recipe engine, on one provider; each test makes its own sites. PostgreSQL runs on
/// the server named by ORCHARDGOV_TEST_POSTGRES: skipped without it, failing without it under CI.
/// </summary>
public abstract class RecipeFixture : IAsyncLifetime
{
    public const string PostgresVariable = "ORCHARDGOV_TEST_POSTGRES";
    private static int _siteCounter;
    private ServiceProvider? _services;

    public string? Unavailable { get; private set; }

    public IServiceProvider Services => _services ?? throw new InvalidOperationException(Unavailable);
    public RecipeExecutor Executor => Services.GetRequiredService<RecipeExecutor>();
    public RecipeReader Reader => Services.GetRequiredService<RecipeReader>();
    public RecipeExporter Exporter => Services.GetRequiredService<RecipeExporter>();
    public ContentStore Store => Services.GetRequiredService<ContentStore>();
    public StoreContextFactory Contexts => Services.GetRequiredService<StoreContextFactory>();

    /// <summary>Recipe files a test writes for itself.</summary>
    public string Scratch { get; } = Directory.CreateTempSubdirectory("orchardgov-recipes-").FullName;

    protected abstract DatabaseProvider Provider { get; }

    public void SkipIfUnavailable() => Skip.If(Unavailable is not null, Unavailable);

    public async Task<Site> NewSiteAsync()
    {
        SkipIfUnavailable();
        var code = $"r{Environment.ProcessId}-{Interlocked.Increment(ref _siteCounter)}";
        return await Services.GetRequiredService<SiteRegistry>().CreateAsync(new SiteCreation(code, $"配方测试 {code}", Level: SiteLevel.Township));
    }

    public async Task<RecipeRunReport> RunAsync(string file, Site site, IReadOnlyDictionary<string, string>? parameters = null) =>
        await Executor.RunAsync(await Reader.ReadAsync(file), site, parameters);

    public async Task InitializeAsync()
    {
        var connectionString = await CreateDatabaseAsync();
        if (connectionString is null)
        {
            return;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OrchardGov:Database:Provider"] = Provider.ToString(),
            ["OrchardGov:Database:ConnectionString"] = connectionString,
        }).Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddContentManagement(configuration, Scratch)
            .AddSingleton(new FeatureDescriptor("OrchardGov.TestFeature", "测试功能", "配方测试用"))
            .AddRecipes(configuration)
            .BuildServiceProvider();
        await Services.GetRequiredService<StoreInitializer>().InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await DropDatabaseAsync();
        Directory.Delete(Scratch, recursive: true);
    }

    private string? _postgresServer;
    private readonly string _postgresDatabase = $"orchardgov_recipes_{Guid.NewGuid():N}";

    private async Task<string?> CreateDatabaseAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            return $"Data Source={Path.Combine(Scratch, "store.db")}";
        }

        _postgresServer = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(_postgresServer))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"{PostgresVariable} is not set: CI must run the PostgreSQL tests.");
            }

            Unavailable = $"{PostgresVariable} is not set; start a server with tests/postgres-cluster.sh to run the PostgreSQL tests.";
            return null;
        }

        await using var server = new NpgsqlConnection(_postgresServer);
        await server.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{_postgresDatabase}\"", server))
        {
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(_postgresServer) { Database = _postgresDatabase }.ConnectionString;
    }

    private async Task DropDatabaseAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

        if (Unavailable is not null || _postgresServer is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(_postgresServer);
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }
}

public sealed class SqliteRecipeFixture : RecipeFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresRecipeFixture : RecipeFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
