using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace OrchardGov.Disclosure.Services.Search;

/// <summary>
/// One word typed, as terms of the titles and short fields (<see cref="Terms"/>), of the bodies (<see cref="BodyTerms"/>),
/// and each title term again as body terms (<see cref="BodyTermsOf"/>), for finding the word's parts apart.
/// </summary>
public sealed record SearchWord(string Text, IReadOnlyList<string> Terms, IReadOnlyList<string> BodyTerms, IReadOnlyList<IReadOnlyList<string>> BodyTermsOf)
{
    public static SearchWord Read(string text, Analyzer analyzer)
    {
        var terms = TermsOf(analyzer, SearchFields.Title, text);
        return new SearchWord(text, terms, TermsOf(analyzer, SearchFields.Body, text), terms.Select(term => (IReadOnlyList<string>)TermsOf(analyzer, SearchFields.Body, term)).ToList());
    }

    private static List<string> TermsOf(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
