using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.Benchmarks;

/// <summary>
/// Publishing a batch of articles through the store, against inserting the same JSON documents with one
/// prepared command in one transaction: the fastest this disk can take those rows. Every iteration writes
/// into a new, empty database file so that all iterations do the same work. The store's write path needs
/// about a dozen iterations before the JIT's optimised code settles, hence the long warmup.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 15, iterationCount: 15)]
[ItemsPerSecond(BatchSize)]
public class StoreWriteBenchmark
{
    public const int BatchSize = 1_000;
    private const string SiteCode = "431202";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"orchardgov-store-write-{Guid.NewGuid():N}");
    private ContentItem _article = null!;
    private string[] _rawDocuments = [];
    private List<ContentItem> _batch = [];
    private ServiceProvider _services = null!;
    private int _siteId;
    private bool _rawOutputChecked;
    private bool _storeOutputChecked;

    private string RawDatabase => Path.Combine(_folder, "raw.db");
    private string StoreDatabase => Path.Combine(_folder, "store.db");

    [GlobalSetup]
    public void PrepareArticlesAndStore()
    {
        Directory.CreateDirectory(_folder);
        _article = SampleArticle.Create();
        _rawDocuments = SampleArticle.PublishedDocuments(_article, BatchSize);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["OrchardGov:Database:ConnectionString"] = $"Data Source={StoreDatabase}",
            })
            .Build();
        _services = new ServiceCollection().AddContentManagement(configuration, _folder).BuildServiceProvider();
    }

    [GlobalCleanup]
    public void DeleteFolder()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [IterationSetup(Target = nameof(RawSqliteInsert))]
    public void CreateEmptyRawDatabase()
    {
        using var connection = OpenRawDatabase();
        using var schema = connection.CreateCommand();
        schema.CommandText = RawDocumentsSchema.Sql;
        schema.ExecuteNonQuery();
    }

    [IterationCleanup(Target = nameof(RawSqliteInsert))]
    public void CheckRawRowsOnceAndDeleteDatabase()
    {
        if (!_rawOutputChecked)
        {
            using var connection = OpenRawDatabase();
            using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM Documents";
            ExpectBatchSize((long)count.ExecuteScalar()!, "raw Documents rows");
            _rawOutputChecked = true;
        }

        DeleteDatabase(RawDatabase);
    }

    [IterationSetup(Target = nameof(StoreCreate1000))]
    public void CreateEmptyStoreWithSite()
    {
        _services.GetRequiredService<StoreInitializer>().InitializeAsync().GetAwaiter().GetResult();
        _siteId = _services.GetRequiredService<SiteRegistry>().CreateAsync(new SiteCreation(SiteCode)).GetAwaiter().GetResult().Id;
        _batch = SampleArticle.Copies(_article, BatchSize);
    }

    [IterationCleanup(Target = nameof(StoreCreate1000))]
    public void CheckPublishedItemsOnceAndDeleteStore()
    {
        if (!_storeOutputChecked)
        {
            ExpectBatchSize(CountPublishedArticlesAsync().GetAwaiter().GetResult(), "published articles in the store");
            _storeOutputChecked = true;
        }

        DeleteDatabase(StoreDatabase);
    }

    [Benchmark(Baseline = true)]
    public void RawSqliteInsert()
    {
        using var connection = OpenRawDatabase();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO Documents (SiteId, Type, Content) VALUES ($siteId, $type, $content)";
        var siteId = insert.Parameters.Add("$siteId", SqliteType.Integer);
        var type = insert.Parameters.Add("$type", SqliteType.Text);
        var content = insert.Parameters.Add("$content", SqliteType.Text);
        insert.Prepare();
        siteId.Value = RawDocumentsSchema.SiteId;
        type.Value = DocumentTypes.ContentItem;
        foreach (var document in _rawDocuments)
        {
            content.Value = document;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    [Benchmark]
    public async Task StoreCreate1000()
    {
        await using var session = _services.GetRequiredService<ContentStore>().OpenSession(_siteId);
        foreach (var item in _batch)
        {
            session.Create(item, publish: true);
        }

        await session.CommitAsync();
    }

    // The store's context turns foreign key checks on for every connection it opens; the raw one does too.
    private SqliteConnection OpenRawDatabase()
    {
        var connection = new SqliteConnection($"Data Source={RawDatabase};Foreign Keys=True");
        connection.Open();
        return connection;
    }

    private async Task<int> CountPublishedArticlesAsync()
    {
        await using var session = _services.GetRequiredService<ContentStore>().OpenSession(_siteId);
        var page = await session.QueryAsync(new ContentQuery { ContentType = SampleArticle.ContentType, Take = 1 });
        return page.TotalCount;
    }

    private static void ExpectBatchSize(long actual, string what)
    {
        if (actual != BatchSize)
        {
            throw new InvalidOperationException($"Expected {BatchSize} {what} after one invocation, found {actual}.");
        }
    }

    private static void DeleteDatabase(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, $"{path}-wal", $"{path}-shm", $"{path}-journal" })
        {
            File.Delete(file);
        }
    }
}
