using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace OrchardGov.Disclosure.Services.Search;

/// <summary>Counts, for every result, its value of each facet, from the facet doc values (no stored fields read).</summary>
internal sealed class FacetCounter : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = SearchFields.Facets.ToDictionary(f => f, _ => new Dictionary<string, int>());
    private readonly List<(string Facet, SortedDocValues? Values, int[] Counts)> _segment = [];

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        foreach (var facet in SearchFields.Facets)
        {
            var values = context.AtomicReader.GetSortedDocValues(SearchFields.FacetDocValues(facet));
            _segment.Add((facet, values, new int[values?.ValueCount ?? 0]));
        }
    }

    public void Collect(int doc)
    {
        foreach (var (_, values, counts) in _segment)
        {
            if (values is not null && values.GetOrd(doc) is var ord and >= 0)
            {
                counts[ord]++;
            }
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>Counts one document found apart from the collected search (by its id in the whole index).</summary>
    public void Collect(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        SetNextReader(leaf);
        Collect(doc - leaf.DocBase);
    }

    /// <summary>Each facet's values, most frequent first (years newest first).</summary>
    public IReadOnlyList<SearchFacet> Facets()
    {
        Flush();
        return SearchFields.Facets.Select(facet =>
        {
            var values = _counts[facet].Select(pair => (Split: SearchFields.SplitFacet(pair.Key), Count: pair.Value));
            var ordered = facet == SearchFields.Year
                ? values.OrderByDescending(v => v.Split.Value, StringComparer.Ordinal)
                : values.OrderByDescending(v => v.Count).ThenBy(v => v.Split.Label, StringComparer.Ordinal);
            return new SearchFacet(facet, FacetLabels.Of(facet), ordered.Select(v => new SearchFacetValue(v.Split.Value, v.Split.Label, v.Count)).ToList());
        }).ToList();
    }

    private void Flush()
    {
        foreach (var (facet, values, counts) in _segment)
        {
            var total = _counts[facet];
            var term = new BytesRef();
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    values!.LookupOrd(ord, term);
                    var key = term.Utf8ToString();
                    total[key] = total.GetValueOrDefault(key) + counts[ord];
                }
            }
        }

        _segment.Clear();
    }
}

internal static class FacetLabels
{
    public static string Of(string facet) => facet switch
    {
        SearchFields.Kind => "类型",
        SearchFields.Domain => "公开领域",
        SearchFields.Column => "栏目",
        SearchFields.Year => "发布年份",
        SearchFields.Validity => "有效性",
        _ => facet,
    };
}
