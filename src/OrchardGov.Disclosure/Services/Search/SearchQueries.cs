using Lucene.Net.Index;
using Lucene.Net.Search;

namespace OrchardGov.Disclosure.Services.Search;

/// <summary>
/// Builds the index queries for a <see cref="SearchText"/>. Every word must be found. A word whose parts stand
/// together, as typed, scores far above one whose parts are merely somewhere in the document (医保 against an article
/// with 医 in one place and 保 in another), and in the title above the body.
/// </summary>
internal static class SearchQueries
{
    private const float InTitle = 8f;
    private const float InBody = 3f;
    private const float InMeta = 2f;
    private const float Scattered = 0.3f;

    /// <summary>The words of the text; null when there are none.</summary>
    public static Query? Words(SearchText text)
    {
        if (text.Words.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery();
        foreach (var word in text.Words)
        {
            query.Add(Word(word), Occur.MUST);
        }

        return query;
    }

    /// <summary>Documents whose 索引号 or 文号 is exactly the text; null when the text cannot be one.</summary>
    public static Query? Identifier(SearchText text)
    {
        if (text.Identifier.Length == 0)
        {
            return null;
        }

        return new BooleanQuery
        {
            { new TermQuery(new Term(SearchFields.IndexNumber, text.Identifier)), Occur.SHOULD },
            { new TermQuery(new Term(SearchFields.DocumentNumber, text.Identifier)), Occur.SHOULD },
        };
    }

    /// <summary>The sites searched and the facet values chosen, which every result must have.</summary>
    public static Filter Scope(SearchRequest request)
    {
        var scope = new BooleanQuery();
        var sites = new BooleanQuery();
        foreach (var siteId in request.SiteIds)
        {
            sites.Add(new TermQuery(new Term(SearchFields.Site, SearchFields.SiteValue(siteId))), Occur.SHOULD);
        }

        scope.Add(sites, Occur.MUST);
        foreach (var (facet, value) in request.Filters)
        {
            scope.Add(new TermQuery(new Term(facet, value)), Occur.MUST);
        }

        return new QueryWrapperFilter(scope);
    }

    private static Query Word(SearchWord word)
    {
        var query = new BooleanQuery();
        if (word.Terms.Count > 0)
        {
            query.Add(Together(SearchFields.Title, word.Terms, InTitle), Occur.SHOULD);
            query.Add(Together(SearchFields.Meta, word.Terms, InMeta), Occur.SHOULD);
        }

        if (word.BodyTerms.Count > 0)
        {
            query.Add(Together(SearchFields.Body, word.BodyTerms, InBody), Occur.SHOULD);
        }

        if (word.Terms.Count > 1)
        {
            var apart = new BooleanQuery { Boost = Scattered };
            for (var i = 0; i < word.Terms.Count; i++)
            {
                var part = new BooleanQuery
                {
                    { new TermQuery(new Term(SearchFields.Title, word.Terms[i])) { Boost = InTitle }, Occur.SHOULD },
                    { new TermQuery(new Term(SearchFields.Meta, word.Terms[i])) { Boost = InMeta }, Occur.SHOULD },
                };
                if (word.BodyTermsOf[i].Count > 0)
                {
                    part.Add(Together(SearchFields.Body, word.BodyTermsOf[i], InBody), Occur.SHOULD);
                }

                apart.Add(part, Occur.MUST);
            }

            query.Add(apart, Occur.SHOULD);
        }

        return query;
    }

    private static Query Together(string field, IReadOnlyList<string> tokens, float boost)
    {
        if (tokens.Count == 1)
        {
            return new TermQuery(new Term(field, tokens[0])) { Boost = boost };
        }

        var phrase = new PhraseQuery { Boost = boost };
        foreach (var token in tokens)
        {
            phrase.Add(new Term(field, token));
        }

        return phrase;
    }
}
