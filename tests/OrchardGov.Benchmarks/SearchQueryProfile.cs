using System.Diagnostics;
using Lucene.Net.Analysis.TokenAttributes;
using OrchardGov.Disclosure.Services.Search;

namespace OrchardGov.Benchmarks;

/// <summary>
/// Two fixed costs inside every search: <see cref="SearchIndexUpdater.EnsureCurrentAsync"/> (the query for the
/// change log's last line), and segmenting the title and body of each hit again to highlight them (ten hits a page).
/// </summary>
public static class SearchQueryProfile
{
    public static async Task RunAsync(SearchIndexUpdater updater, SearchIndex index)
    {
        var ensure = new List<double>();
        for (var i = 0; i < 500; i++)
        {
            var clock = Stopwatch.StartNew();
            await updater.EnsureCurrentAsync();
            ensure.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"  EnsureCurrentAsync alone:               {LatencyFigures.Of(ensure.Skip(50).ToList())}");

        var text = new SearchCorpusText(new Random(7), SearchCorpusWords.Township(1));
        var pages = new List<double>();
        for (var page = 0; page < 300; page++)
        {
            var hits = Enumerable.Range(0, SearchRequest.PageSize).Select(_ => text.Article(2025)).Select(a => (a.Title, Body: a.Body.Replace("<p>", "").Replace("</p>", "\n"))).ToList();
            var clock = Stopwatch.StartNew();
            foreach (var (title, body) in hits)
            {
                Consume(index, title);
                Consume(index, body);
            }

            pages.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"  segmenting 10 titles + bodies (a page): {LatencyFigures.Of(pages.Skip(50).ToList())}");
    }

    private static void Consume(SearchIndex index, string text)
    {
        using var stream = index.Analyzer.GetTokenStream("body", text);
        stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
        }

        stream.End();
    }
}
