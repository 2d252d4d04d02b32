using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.ContentManagement.Storage;
using OrchardGov.Disclosure.Services.Compliance;

namespace OrchardGov.Benchmarks;

/// <summary>
/// The county's compliance report over 200 townships × 300 entries × 2,000 articles (400,000 articles): every
/// township's facts read, every article checked against its deadline, every column's freshness and the veto rules.
/// Server GC, as the web host runs.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
[MedianColumn]
public class CountyComplianceBenchmark
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"orchardgov-compliance-{Guid.NewGuid():N}");
    private ScratchDatabase _database = null!;
    private ServiceProvider _services = null!;
    private ComplianceReports _reports = null!;
    private Site _county = null!;
    private bool _outputChecked;

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.Postgres)]
    public DatabaseProvider Provider { get; set; }

    [GlobalSetup]
    public void PrepareCounty()
    {
        Directory.CreateDirectory(_folder);
        _database = ScratchDatabase.For(Provider, _folder, "compliance");
        _database.Create();
        _services = PlatformServices.Start(_database, _folder);
        var seed = new CountyComplianceSeed(
            _services.GetRequiredService<ContentStore>(), _services.GetRequiredService<SiteRegistry>(), _services.GetRequiredService<FeatureService>());
        _county = seed.CreateAsync().GetAwaiter().GetResult();
        if (Provider == DatabaseProvider.Postgres)
        {
            // What autovacuum does to a live database after a bulk import: statistics, and the visibility map index-only scans need.
            using var connection = _database.Open();
            using var vacuum = connection.CreateCommand();
            vacuum.CommandText = "VACUUM ANALYZE";
            vacuum.CommandTimeout = 600;
            vacuum.ExecuteNonQuery();
        }

        _reports = _services.GetRequiredService<ComplianceReports>();
    }

    [GlobalCleanup]
    public void DropDatabase()
    {
        _services.Dispose();
        _database.Drop();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "county report, 200 townships, 400,000 articles")]
    public async Task CountyReport()
    {
        var report = await _reports.ForCountyAsync(_county);
        if (!_outputChecked)
        {
            var total = report.Total;
            _outputChecked = report.Sites.Count == CountyComplianceSeed.Townships
                && total.ProactiveEntries == CountyComplianceSeed.Townships * CountyComplianceSeed.EntriesPerTownship
                && total.Late + total.Overdue > 0
                ? true
                : throw new InvalidOperationException($"The report is not the seeded county's: {report.Sites.Count} sites, {total.ProactiveEntries} entries.");
        }
    }
}
