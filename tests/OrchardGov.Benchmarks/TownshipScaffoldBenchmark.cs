using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.ContentManagement.Storage;
using OrchardGov.Recipes.Scaffolding;

namespace OrchardGov.Benchmarks;

/// <summary>
/// Scaffolding one township with the standard <c>township</c> recipe: creating its site from the division code,
/// enabling the module, and importing the column tree and the seven domains' catalogs. Each invocation takes
/// the next township of 湖南省, on one database that fills up as a real platform does.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TownshipScaffoldBenchmark
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"orchardgov-scaffold-{Guid.NewGuid():N}");
    private ScratchDatabase _database = null!;
    private ServiceProvider _services = null!;
    private SiteScaffolder _scaffolder = null!;
    private Queue<Division> _townships = null!;
    private bool _outputChecked;

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.Postgres)]
    public DatabaseProvider Provider { get; set; }

    [GlobalSetup]
    public void PrepareStore()
    {
        Directory.CreateDirectory(_folder);
        _database = ScratchDatabase.For(Provider, _folder, "scaffold");
        _database.Create();
        _services = PlatformServices.Start(_database, _folder);
        _scaffolder = _services.GetRequiredService<SiteScaffolder>();
        _townships = new Queue<Division>(_scaffolder.TownshipsUnder("43"));
    }

    [GlobalCleanup]
    public void DropDatabase()
    {
        _services.Dispose();
        _database.Drop();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "scaffold one township")]
    public async Task ScaffoldOneTownship()
    {
        var outcome = await _scaffolder.ScaffoldAsync(_townships.Dequeue().Code, "township");
        if (!_outputChecked)
        {
            _outputChecked = outcome.Ran ? true : throw new InvalidOperationException("The township recipe did not run.");
        }
    }
}
