using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Benchmarks;

/// <summary>
/// The SQLite file of <see cref="SearchCorpusSeed"/>, kept between runs in <c>/tmp/orchardgov-search-bench/</c>
/// (or <c>ORCHARDGOV_SEARCH_BENCH_DIR</c>): seeding a million articles takes minutes. The file is named after
/// <see cref="SeedVersion"/>, to be raised whenever the seed changes, and counts as seeded only once a marker file
/// beside it says so, so an interrupted seeding starts over.
/// </summary>
public sealed class SearchCorpusDatabase
{
    public const int SeedVersion = 2;

    public SearchCorpusDatabase()
    {
        Folder = Environment.GetEnvironmentVariable("ORCHARDGOV_SEARCH_BENCH_DIR") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "orchardgov-search-bench");
        Directory.CreateDirectory(Folder);
        Database = new SqliteScratchDatabase(Path.Combine(Folder, $"search-corpus-v{SeedVersion}.db"));
    }

    public string Folder { get; }

    public SqliteScratchDatabase Database { get; }

    private string Marker => Path.Combine(Folder, $"search-corpus-v{SeedVersion}.seeded");

    /// <summary>The platform on the seeded database: seeded now when there is no finished seeding to reuse (or when asked to).</summary>
    public async Task<ServiceProvider> OpenAsync(bool reseed)
    {
        if (!reseed && File.Exists(Marker))
        {
            Console.WriteLine($"Reusing the seeded database {Database.ConnectionString} ({File.ReadAllText(Marker).Trim()})");
            return PlatformServices.Start(Database, Folder);
        }

        File.Delete(Marker);
        Database.Create();
        var services = PlatformServices.Start(Database, Folder);
        Console.WriteLine($"Seeding {SearchCorpusSeed.Townships} townships × {SearchCorpusSeed.ArticlesPerTownship:N0} articles into {Database.ConnectionString}");
        var clock = Stopwatch.StartNew();
        await new SearchCorpusSeed(services.GetRequiredService<ContentStore>(), services.GetRequiredService<SiteRegistry>(), services.GetRequiredService<FeatureService>())
            .CreateAsync();
        Database.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
        var seeded = $"seeded in {clock.Elapsed.TotalSeconds:F0} s on {DateTime.Now:yyyy-MM-dd HH:mm}, {new FileInfo(Path.Combine(Folder, $"search-corpus-v{SeedVersion}.db")).Length / 1e9:F2} GB";
        await File.WriteAllTextAsync(Marker, seeded + Environment.NewLine);
        Console.WriteLine($"Seeding done: {seeded}");
        return services;
    }
}
