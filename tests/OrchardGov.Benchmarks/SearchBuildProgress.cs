using System.Diagnostics;
using OrchardGov.Disclosure.Services.Search;

namespace OrchardGov.Benchmarks;

/// <summary>Prints how far a build of the search index has come, every <paramref name="every"/> sites, with its rate so far.</summary>
public sealed class SearchBuildProgress(Stopwatch clock, int every) : IProgress<SearchProgress>
{
    private readonly Lock _lock = new();

    public long Documents { get; private set; }

    public void Report(SearchProgress value)
    {
        lock (_lock)
        {
            Documents = Math.Max(Documents, value.Documents);
            if (value.SitesDone % every == 0 || value.SitesDone == value.SitesTotal)
            {
                var seconds = clock.Elapsed.TotalSeconds;
                Console.WriteLine($"  indexed {value.SitesDone}/{value.SitesTotal} sites, {value.Documents:N0} documents, {seconds:F0} s ({value.Documents / seconds:N0} documents/s)");
            }
        }
    }
}
