using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace OrchardGov.Disclosure.Services.Search;

/// <summary>
/// Runs one <see cref="SearchRequest"/> on an index searcher: documents whose 索引号 or 文号 is exactly the text come
/// first, then the documents with every word, best first (or newest first); facets count all of them; each hit on
/// the page gets its title and one or two passages with the words found marked.
/// </summary>
internal sealed class IndexSearch(Analyzer analyzer)
{
    private const int SnippetLength = 90;
    /// <summary>Documents sharing one 文号 (reposted by every township of a county) are many, but not this many.</summary>
    private const int MaxExact = 1_000;

    public SearchResults Run(IndexSearcher searcher, SearchRequest request)
    {
        var text = SearchText.Read(request.Text, analyzer);
        if (text.IsEmpty)
        {
            return SearchResults.None(text);
        }

        var scope = SearchQueries.Scope(request);
        var identifier = SearchQueries.Identifier(text);
        var words = SearchQueries.Words(text);
        var exact = identifier is null ? [] : searcher.Search(new FilteredQuery(identifier, scope), MaxExact).ScoreDocs;

        var page = Math.Clamp(request.Page, 1, SearchRequest.MaxPage);
        var skip = (page - 1) * SearchRequest.PageSize;
        var facets = new FacetCounter();
        var hits = new List<SearchHit>();
        hits.AddRange(exact.Skip(skip).Take(SearchRequest.PageSize).Select(doc => Hit(searcher, doc.Doc, null, exact: true)));

        var wordTotal = 0;
        if (words is not null)
        {
            var rest = new BooleanQuery { { words, Occur.MUST } };
            if (identifier is not null)
            {
                rest.Add(identifier, Occur.MUST_NOT);
            }

            var wordSkip = Math.Max(0, skip - exact.Length);
            var wanted = SearchRequest.PageSize - hits.Count;
            // At least one, so the rest are counted even when exact matches fill the page.
            var keep = Math.Max(1, wordSkip + wanted);
            ITopDocsCollector top = request.NewestFirst
                ? TopFieldCollector.Create(new Sort(new SortField(SearchFields.Date, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE),
                    keep, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false)
                : TopScoreDocCollector.Create(keep, docsScoredInOrder: false);
            searcher.Search(new FilteredQuery(rest, scope), MultiCollector.Wrap(top, facets));
            wordTotal = top.TotalHits;
            if (wanted > 0)
            {
                hits.AddRange(top.GetTopDocs(wordSkip, wanted).ScoreDocs.Select(doc => Hit(searcher, doc.Doc, words, exact: false)));
            }
        }

        foreach (var doc in exact)
        {
            facets.Collect(searcher, doc.Doc);
        }

        return new SearchResults { Text = text, Total = exact.Length + wordTotal, Page = page, Hits = hits, Facets = facets.Facets() };
    }

    private SearchHit Hit(IndexSearcher searcher, int doc, Query? words, bool exact)
    {
        var stored = searcher.Doc(doc);
        var title = stored.Get(SearchFields.Title) ?? "";
        var body = stored.Get(SearchFields.Body) ?? "";
        var titleHtml = words is null ? null : Marked(words, SearchFields.Title, title, new NullFragmenter(), 1);
        var snippet = words is null ? null : Marked(words, SearchFields.Body, body, null, 2);
        return SearchFields.ToHit(stored, titleHtml ?? MinimalHtmlEncoder.Encode(title), snippet ?? Opening(body), exact);
    }

    private string? Marked(Query words, string field, string text, IFragmenter? fragmenter, int fragments)
    {
        var scorer = new QueryScorer(words, field);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), MinimalHtmlEncoder.Instance, scorer)
        {
            TextFragmenter = fragmenter ?? new SimpleSpanFragmenter(scorer, SnippetLength),
        };
        var best = highlighter.GetBestFragments(analyzer.GetTokenStream(field, text), text, fragments);
        return best.Length == 0 ? null : string.Join("…", best).Replace('\n', ' ');
    }

    private static string Opening(string body)
    {
        var flat = body.Replace('\n', ' ');
        var length = SnippetLength * 2;
        if (flat.Length <= length)
        {
            return MinimalHtmlEncoder.Encode(flat);
        }

        // Never half of a character outside the basic plane.
        return MinimalHtmlEncoder.Encode(flat[..(char.IsHighSurrogate(flat[length - 1]) ? length - 1 : length)] + "…");
    }
}
