using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Disclosure.Tests.Services.Search;

/// <summary>The corpus in one township; the queries a person would type find the intended article in the top three.</summary>
public sealed class SearchRelevanceTests(SearchRelevanceTests.CorpusFixture corpus) : IClassFixture<SearchRelevanceTests.CorpusFixture>
{
    public static TheoryData<string> Queries => new(RelevanceCorpus.Shipped.Queries.Select(q => q.Query));

    [Fact]
    public void The_corpus_has_at_least_200_articles_across_the_7_domains_and_20_queries()
    {
        var articles = RelevanceCorpus.Shipped.Articles;
        Assert.True(articles.Count >= 200);
        Assert.All(["health", "radio-tv", "transport", "tourism", "statistics", "press", "natural-resources"],
            domain => Assert.True(articles.Count(a => a.Domain == domain) >= 20, domain));
        Assert.True(RelevanceCorpus.Shipped.Queries.Count >= 20);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task The_intended_article_is_in_the_top_three_above_its_near_misses(string text)
    {
        var query = RelevanceCorpus.Shipped.Queries.Single(q => q.Query == text);

        var ranked = (await corpus.Sites.SearchAsync(corpus.Site, text)).Hits.Select(h => h.ContentItemId).ToList();

        var position = ranked.IndexOf(query.Expected);
        Assert.True(position is >= 0 and < 3, $"{text}: {query.Expected} ranks {(position < 0 ? "outside the first page" : position + 1)}; first: {string.Join(", ", ranked.Take(5))}");
        foreach (var distractor in query.Distractors ?? [])
        {
            var at = ranked.IndexOf(distractor);
            Assert.True(at < 0 || at > position, $"{text}: near miss {distractor} ranks above {query.Expected}");
        }
    }

    [Fact]
    public async Task For_医保_no_article_with_医_and_保_only_in_other_words_ranks_above_one_about_医保()
    {
        var byId = RelevanceCorpus.Shipped.Articles.ToDictionary(a => a.Id);
        var hits = (await corpus.Sites.ArticlesAsync(corpus.Site, "医保")).Hits;

        var about = hits.Select(h => byId[h.ContentItemId]).Select(a => a.Title.Contains("医保") || a.Body.Contains("医保")).ToList();

        // Every article about 医保 comes before every other.
        Assert.Contains(true, about);
        var firstOther = about.IndexOf(false);
        Assert.True(firstOther < 0 || !about.Skip(firstOther).Contains(true), string.Join(", ", hits.Select(h => h.Title)));
    }

    public sealed class CorpusFixture : IAsyncLifetime
    {
        private readonly SqliteDisclosureFixture _fixture = new();

        public SearchSites Sites { get; private set; } = null!;
        public Site Site { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await _fixture.InitializeAsync();
            Sites = new SearchSites(_fixture);
            Site = await Sites.TownshipAsync(0);
            var catalog = await _fixture.CatalogAsync(Site);
            await Sites.ImportAsync(Site, RelevanceCorpus.Shipped.Articles.Select(a =>
                SearchSites.Article(a.Id, a.Title, a.Body, SearchSites.PlaceOf(catalog, a.Domain), a.DocumentNumber, a.PublishedOn) with { IssuingBody = a.IssuingBody }));
        }

        public Task DisposeAsync() => _fixture.DisposeAsync();
    }
}
