using OrchardGov.Disclosure.Services.Search;
using static OrchardGov.Benchmarks.SearchCorpusWords;

namespace OrchardGov.Benchmarks;

/// <summary>One search of the mix: what is typed, on which township's site, and whether over the whole county.</summary>
public sealed record SearchQuery(string Kind, int Township, SearchScope Scope, string Text);

/// <summary>
/// Searches as visitors of the corpus's sites would type them: one common topic (30 %), two topics (25 %), three
/// (10 %), a rare word (15 %), a village and a topic (10 %), a 文号 that exists, sometimes with other brackets (10 %).
/// One search in ten is over the whole county of the township (from the county's site: 21 sites, 100,000 articles). The same seed gives the same searches.
/// </summary>
public sealed class SearchQueryMix(int seed)
{
    private readonly Random _random = new(seed);

    public SearchQuery Next()
    {
        var township = _random.Next(1, SearchCorpusSeed.Townships + 1);
        var scope = _random.Next(10) == 0 ? SearchScope.County : SearchScope.Site;
        var (kind, text) = _random.Next(100) switch
        {
            < 30 => ("1 common word", Topics[_random.Next(30)]),
            < 55 => ("2 words", $"{Topic(_random)} {Topic(_random)}"),
            < 65 => ("3 words", $"{Topic(_random)} {Topic(_random)} {Topic(_random)}"),
            < 80 => ("rare word", _random.Pick(Rare)),
            < 90 => ("village + word", $"{_random.Pick(Villages)}村 {Topic(_random)}"),
            _ => ("文号", DocumentNumber(township)),
        };
        return new SearchQuery(kind, township, scope, text);
    }

    private string DocumentNumber(int township)
    {
        var number = _random.Next(SearchCorpusSeed.ArticlesPerTownship / 8) * 8;
        var text = SearchCorpusSeed.DocumentNumber(township, number);
        return _random.Next(4) == 0 ? text.Replace('〔', '[').Replace('〕', ']') : text;
    }
}
