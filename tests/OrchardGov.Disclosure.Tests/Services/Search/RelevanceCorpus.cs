using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrchardGov.Disclosure.Tests.Services.Search;

/// <summary>
/// <c>Corpus/relevance-corpus.json</c>: over 200 articles written for these tests across the 7 domains, 工作动态 and
/// 通知公告, with near misses (医院保洁 for 医保, 降低成本 for 低保), and the queries a person would type, each with
/// the article that should come first and the near misses written for it.
/// </summary>
public sealed record RelevanceCorpus(IReadOnlyList<CorpusArticle> Articles, IReadOnlyList<CorpusQuery> Queries)
{
    public static readonly RelevanceCorpus Shipped = JsonSerializer.Deserialize<RelevanceCorpus>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Services", "Search", "Corpus", "relevance-corpus.json")),
        new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
}

public sealed record CorpusArticle(
    string Id, string Domain, string Title, string Body, string DocumentNumber, string IssuingBody, [property: JsonPropertyName("publishedOn")] DateOnly PublishedOn);

public sealed record CorpusQuery(string Query, string Expected, string Why, IReadOnlyList<string>? Distractors);
