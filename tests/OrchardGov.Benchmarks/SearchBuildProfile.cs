using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Services.Search;

namespace OrchardGov.Benchmarks;

/// <summary>
/// Where the time of a build goes, on one thread over the first few townships: reading their documents from the
/// store (<see cref="SearchDocumentReader"/>), segmenting their title and body with the index's Chinese analyzer
/// alone, and adding them to a scratch index (segmenting again, inverting, storing fields, committing).
/// </summary>
public sealed class SearchBuildProfile(SearchDocumentReader reader, SiteRegistry sites, string scratchFolder)
{
    public async Task RunAsync(int townships)
    {
        Console.WriteLine($"Build profile, one thread, {townships} townships:");
        var documents = new List<SearchDocument>();
        var clock = Stopwatch.StartNew();
        for (var t = 1; t <= townships; t++)
        {
            var site = await sites.GetAsync(SearchCorpusSeed.SiteCode(t));
            await foreach (var page in reader.SiteAsync(site.Id))
            {
                documents.AddRange(page);
            }
        }

        Report("read from the store", clock.Elapsed, documents.Count);

        Directory.CreateDirectory(scratchFolder);
        using (var index = new SearchIndex(scratchFolder))
        {
            long tokens = 0;
            long characters = 0;
            clock.Restart();
            foreach (var document in documents)
            {
                tokens += Tokens(index.Analyzer, "title", document.Title) + Tokens(index.Analyzer, "body", document.Body);
                characters += document.Title.Length + document.Body.Length;
            }

            Report("title and body segmented", clock.Elapsed, documents.Count);
            Console.WriteLine($"    {characters / clock.Elapsed.TotalSeconds / 1e6:F2} M characters/s, {tokens / (double)documents.Count:F0} tokens a document");

            // For comparison: overlapping bigrams, the cheap way to index Chinese (no dictionary, no model).
            using var bigrams = new CJKAnalyzer(LuceneVersion.LUCENE_48);
            clock.Restart();
            foreach (var document in documents)
            {
                Tokens(bigrams, "title", document.Title);
                Tokens(bigrams, "body", document.Body);
            }

            Report("(bigrams, CJKAnalyzer, for comparison)", clock.Elapsed, documents.Count);

            clock.Restart();
            foreach (var document in documents)
            {
                index.Add(document);
            }

            index.Commit(0);
            Report("added to an index and committed", clock.Elapsed, documents.Count);
        }

        Directory.Delete(scratchFolder, recursive: true);
    }

    private static int Tokens(Analyzer analyzer, string field, string text)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var count = 0;
        while (stream.IncrementToken())
        {
            count++;
        }

        stream.End();
        return count;
    }

    private static void Report(string step, TimeSpan elapsed, int documents) =>
        Console.WriteLine($"  {step,-40} {elapsed.TotalSeconds,7:F1} s  {documents / elapsed.TotalSeconds,8:N0} documents/s  {elapsed.TotalMilliseconds * 1000 / documents,7:F0} µs a document");
}
