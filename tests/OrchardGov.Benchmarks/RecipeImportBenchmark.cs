using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.ContentManagement.Storage;
using OrchardGov.Recipes;
using OrchardGov.Recipes.Execution;
using OrchardGov.Recipes.Parsing;

namespace OrchardGov.Benchmarks;

/// <summary>
/// Running a township's recipe of 20,000 published articles on a new site of an empty database (reading the
/// file included), against inserting the same JSON documents with one prepared command in one transaction.
/// One invocation takes seconds, so a few iterations are enough; each starts from a new, empty database.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[ItemsPerSecond(ArticleCount)]
public class RecipeImportBenchmark
{
    public const int ArticleCount = 20_000;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"orchardgov-recipe-import-{Guid.NewGuid():N}");
    private string[] _rawDocuments = [];
    private ScratchDatabase _raw = null!;
    private ScratchDatabase _store = null!;
    private ServiceProvider _services = null!;
    private Site _site = null!;
    private bool _rawOutputChecked;
    private bool _storeOutputChecked;

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.Postgres)]
    public DatabaseProvider Provider { get; set; }

    private string RecipeFile => Path.Combine(_folder, "township-articles.recipe.json");

    [GlobalSetup]
    public void WriteRecipeAndPrepareStore()
    {
        _raw = ScratchDatabase.For(Provider, _folder, "raw");
        _store = ScratchDatabase.For(Provider, _folder, "store");
        Directory.CreateDirectory(_folder);
        var articles = Enumerable.Range(0, ArticleCount).Select(TownshipArticle.Create).ToList();
        TownshipArticlesRecipe.Write(RecipeFile, articles);
        _rawDocuments = articles.Select(ContentItemJson.Serialize).ToArray();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["OrchardGov:Database:Provider"] = Provider.ToString(),
                ["OrchardGov:Database:ConnectionString"] = _store.ConnectionString,
                // 20,000 articles of about 1 KB of HTML make a file larger than the default limit of 32 MB.
                [$"{RecipeOptions.Section}:{nameof(RecipeOptions.MaxFileBytes)}"] = (128L * 1024 * 1024).ToString(),
            })
            .Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddContentManagement(configuration, _folder)
            .AddRecipes(configuration)
            .BuildServiceProvider();
    }

    [GlobalCleanup]
    public void DropDatabasesAndDeleteFolder()
    {
        _services.Dispose();
        _raw.Drop();
        _store.Drop();
        Directory.Delete(_folder, recursive: true);
    }

    [IterationSetup(Target = nameof(RawInsert))]
    public void CreateEmptyRawTable()
    {
        _raw.Create();
        RawDocumentsInsert.CreateTable(_raw);
    }

    [IterationCleanup(Target = nameof(RawInsert))]
    public void CheckRawRowsOnceAndDropDatabase()
    {
        if (!_rawOutputChecked)
        {
            ExpectArticleCount(_raw.Count("Documents"), "raw Documents rows");
            _rawOutputChecked = true;
        }

        _raw.Drop();
    }

    [IterationSetup(Target = nameof(RecipeImport))]
    public void CreateEmptyStoreWithSite()
    {
        _store.Create();
        _services.GetRequiredService<StoreInitializer>().InitializeAsync().GetAwaiter().GetResult();
        _site = _services.GetRequiredService<SiteRegistry>().CreateAsync(new SiteCreation(TownshipArticle.SiteCode)).GetAwaiter().GetResult();
    }

    [IterationCleanup(Target = nameof(RecipeImport))]
    public void CheckPublishedArticlesOnceAndDropStore()
    {
        if (!_storeOutputChecked)
        {
            ExpectArticleCount(CountPublishedArticlesAsync().GetAwaiter().GetResult(), "published articles in the store");
            _storeOutputChecked = true;
        }

        _store.Drop();
    }

    [Benchmark(Baseline = true)]
    public void RawInsert() => RawDocumentsInsert.Run(_raw, _rawDocuments);

    [Benchmark]
    public async Task RecipeImport()
    {
        var recipe = await _services.GetRequiredService<RecipeReader>().ReadAsync(RecipeFile);
        await _services.GetRequiredService<RecipeExecutor>().RunAsync(recipe, _site);
    }

    private async Task<int> CountPublishedArticlesAsync()
    {
        await using var session = _services.GetRequiredService<ContentStore>().OpenSession(_site.Id);
        var page = await session.QueryAsync(new ContentQuery { ContentType = TownshipArticle.ContentType, Take = 1 });
        return page.TotalCount;
    }

    private static void ExpectArticleCount(long actual, string what)
    {
        if (actual != ArticleCount)
        {
            throw new InvalidOperationException($"Expected {ArticleCount} {what} after one invocation, found {actual}.");
        }
    }
}
