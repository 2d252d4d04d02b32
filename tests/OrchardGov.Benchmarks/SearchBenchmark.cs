using System.Diagnostics;
using System.Runtime;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Services.Search;

namespace OrchardGov.Benchmarks;

/// <summary>
/// <c>search [--reseed] [--reuse-index] [--queries N] [--warmup N] [--profile-build TOWNSHIPS [--profile-only]]</c>: the full-text
/// search over <see cref="SearchCorpusSeed"/> (1,000,000 articles), as one timed run rather than a BenchmarkDotNet
/// case, since a rebuild takes minutes. Builds the index from scratch in a fresh folder with
/// <see cref="SearchIndexUpdater.CatchUpAsync"/> (documents/s), waits for the merges it leaves running, then times
/// <see cref="SiteSearch.SearchAsync"/> over <see cref="SearchQueryMix"/> one search at a time (p50/p90/p99/max),
/// and prints the index's size. Goals: p99 under 50 ms, a rebuild under 10 minutes.
/// </summary>
public static class SearchBenchmark
{
    public const string Mode = "search";

    public static async Task RunAsync(string[] options)
    {
        var reseed = options.Contains("--reseed");
        var reuseIndex = options.Contains("--reuse-index");
        var queries = Option(options, "--queries", 2_000);
        var warmup = Option(options, "--warmup", 200);
        var profileTownships = Option(options, "--profile-build", 0);
        Console.WriteLine($"{Environment.ProcessorCount} processors, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, .NET {Environment.Version}");

        var corpus = new SearchCorpusDatabase();
        await using var services = await corpus.OpenAsync(reseed);
        var sites = services.GetRequiredService<SiteRegistry>();
        var features = services.GetRequiredService<FeatureService>();
        var reader = services.GetRequiredService<SearchDocumentReader>();
        if (profileTownships > 0)
        {
            await new SearchBuildProfile(reader, sites, Path.Combine(corpus.Folder, $"profile-index-{Environment.ProcessId}")).RunAsync(profileTownships);
            if (options.Contains("--profile-only"))
            {
                return;
            }
        }

        var folder = Path.Combine(corpus.Folder, $"index-v{SearchCorpusDatabase.SeedVersion}");
        if (!reuseIndex && System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }

        using var index = new SearchIndex(folder);
        var updater = new SearchIndexUpdater(index, services.GetRequiredService<ContentChangeLog>(), reader, features, sites,
            TimeProvider.System, NullLogger<SearchIndexUpdater>.Instance);
        if (index.Position is null)
        {
            await BuildAsync(index, updater);
        }
        else
        {
            Console.WriteLine($"Reusing the index in {folder}");
        }

        PrintIndex(folder);
        Console.WriteLine("Fixed costs of a search:");
        await SearchQueryProfile.RunAsync(updater, index);
        await QueryAsync(new SiteSearch(index, updater, sites), sites, queries, warmup);
    }

    private static async Task BuildAsync(SearchIndex index, SearchIndexUpdater updater)
    {
        Console.WriteLine($"Building the index from scratch in {index.Folder}");
        var clock = Stopwatch.StartNew();
        var progress = new SearchBuildProgress(clock, every: 20);
        await updater.CatchUpAsync(progress);
        var built = clock.Elapsed;
        Console.WriteLine($"Rebuild (CatchUpAsync): {progress.Documents:N0} documents in {built.TotalSeconds:F1} s = {progress.Documents / built.TotalSeconds:N0} documents/s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB");

        // The build commits while merges it started still run; a node finishes them in the background.
        // Searches are timed on the merged index, as a node sees it a while after a rebuild.
        index.FinishMerges();
        Console.WriteLine($"Merges left running by the build finished {(clock.Elapsed - built).TotalSeconds:F1} s later");
    }

    private static void PrintIndex(string folder)
    {
        var bytes = new DirectoryInfo(folder).EnumerateFiles().Sum(file => file.Length);
        using var directory = FSDirectory.Open(folder);
        using var committed = DirectoryReader.Open(directory);
        Console.WriteLine($"Index: {bytes / 1e9:F2} GB in {folder}, {committed.NumDocs:N0} documents in {committed.Leaves.Count} segments");
    }

    private static async Task QueryAsync(SiteSearch search, SiteRegistry sites, int queries, int warmup)
    {
        var townships = new Dictionary<int, Site>();
        var counties = new Dictionary<int, Site>();
        for (var t = 1; t <= SearchCorpusSeed.Townships; t++)
        {
            townships[t] = await sites.GetAsync(SearchCorpusSeed.SiteCode(t));
            counties[t] = await sites.GetAsync(SearchCorpusSeed.CountyCode(t));
        }

        var mix = new SearchQueryMix(seed: 2026);
        var timings = new List<(SearchQuery Query, double Milliseconds, int Total, bool ExactFirst)>();
        Console.WriteLine($"Searching: {warmup} to warm up, then {queries} timed, one at a time, first page with facets");
        for (var i = 0; i < warmup + queries; i++)
        {
            var query = mix.Next();
            var site = query.Scope == SearchScope.County ? counties[query.Township] : townships[query.Township];
            var clock = Stopwatch.StartNew();
            var results = await search.SearchAsync(site, query.Scope, new SearchRequest { Text = query.Text, SiteIds = [] });
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (i >= warmup)
            {
                timings.Add((query, elapsed, results.Total, results.Hits is [{ Exact: true }, ..]));
            }
        }

        Console.WriteLine($"  all searches:          {LatencyFigures.Of(timings.Select(t => t.Milliseconds).ToList())}");
        foreach (var group in timings.GroupBy(t => t.Query.Scope).OrderBy(g => g.Key))
        {
            Console.WriteLine($"  {group.Key,-8} scope:        {LatencyFigures.Of(group.Select(t => t.Milliseconds).ToList())}  mean total {group.Average(t => t.Total),8:N0}");
        }

        foreach (var group in timings.GroupBy(t => (t.Query.Scope, t.Query.Kind)).OrderBy(g => g.Key.Scope).ThenBy(g => g.Key.Kind, StringComparer.Ordinal))
        {
            var none = group.Count(t => t.Total == 0);
            Console.WriteLine($"  {group.Key.Scope,-6} {group.Key.Kind,-15} {LatencyFigures.Of(group.Select(t => t.Milliseconds).ToList())}  mean total {group.Average(t => t.Total),8:N0}, {none} with none");
        }

        var numbers = timings.Where(t => t.Query.Kind == "文号").ToList();
        Console.WriteLine($"  文号 searches with the document first: {numbers.Count(t => t.ExactFirst)} of {numbers.Count}");
        Console.WriteLine("  slowest:");
        foreach (var slow in timings.OrderByDescending(t => t.Milliseconds).Take(8))
        {
            Console.WriteLine($"    {slow.Milliseconds,7:F1} ms  {slow.Query.Scope,-6} {slow.Query.Kind,-15} \"{slow.Query.Text}\" ({slow.Total:N0} found)");
        }
    }

    private static int Option(string[] options, string name, int fallback) =>
        Array.IndexOf(options, name) is var at and >= 0 && at + 1 < options.Length && int.TryParse(options[at + 1], out var value) ? value : fallback;
}
