using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace OrchardGov.Disclosure.Services.Search;

/// <summary>
/// This node's Lucene index of every site's published articles and catalog entries, in one folder. Changes are
/// searchable as soon as they are applied; <see cref="Commit"/> makes them durable together with the position in the
/// content change log they reach, so after a crash the index reopens at a consistent point and reads the log on
/// from there.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const string LogPosition = "orchardgov.changes";
    private static readonly LuceneVersion Version = SearchAnalyzer.Version;

    private readonly Lucene.Net.Store.Directory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly IndexSearch _search;

    public SearchIndex(string folder)
    {
        System.IO.Directory.CreateDirectory(folder);
        Folder = folder;
        Analyzer = SearchAnalyzer.Create();
        _directory = FSDirectory.Open(folder);
        try
        {
            _writer = new IndexWriter(_directory, new IndexWriterConfig(Version, Analyzer)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                RAMBufferSizeMB = 64,
            });
        }
        catch (LockObtainFailedException error)
        {
            _directory.Dispose();
            Analyzer.Dispose();
            throw new SearchIndexInUseException(folder, error);
        }
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        _search = new IndexSearch(Analyzer);
        Position = _writer.CommitData.TryGetValue(LogPosition, out var stored) ? long.Parse(stored, CultureInfo.InvariantCulture) : null;
    }

    public string Folder { get; }

    public Analyzer Analyzer { get; }

    /// <summary>The change log line up to which the last commit is complete; null for an index never built.</summary>
    public long? Position { get; private set; }

    public void Put(SearchDocument document) =>
        _writer.UpdateDocument(new Term(SearchFields.Key, document.Key), SearchFields.ToLucene(document));

    /// <summary>Adds a document known not to be in the index (its site was just emptied).</summary>
    public void Add(SearchDocument document) => _writer.AddDocument(SearchFields.ToLucene(document));

    public void Remove(int siteId, string contentItemId) =>
        _writer.DeleteDocuments(new Term(SearchFields.Key, SearchDocument.KeyOf(siteId, contentItemId)));

    public void RemoveSite(int siteId) => _writer.DeleteDocuments(new Term(SearchFields.Site, SearchFields.SiteValue(siteId)));

    public void RemoveAll() => _writer.DeleteAll();

    /// <summary>Makes the changes applied so far durable, with the log position they are complete up to.</summary>
    public void Commit(long position)
    {
        _writer.SetCommitData(new Dictionary<string, string> { [LogPosition] = position.ToString(CultureInfo.InvariantCulture) });
        _writer.Commit();
        Position = position;
    }

    /// <summary>Waits for the segment merges a large build leaves running, and commits the merged index.</summary>
    public void FinishMerges()
    {
        _writer.WaitForMerges();
        if (Position is { } position)
        {
            Commit(position);
        }

        Refresh();
    }

    /// <summary>Makes the changes applied so far visible to searches.</summary>
    public void Refresh() => _searchers.MaybeRefreshBlocking();

    public SearchResults Search(SearchRequest request) => WithSearcher(searcher => _search.Run(searcher, request));

    /// <summary>How many documents of the site the index holds.</summary>
    public int Count(int siteId) => WithSearcher(searcher =>
        searcher.Search(new TermQuery(new Term(SearchFields.Site, SearchFields.SiteValue(siteId))), 1).TotalHits);

    /// <summary>The ids of the site's documents the index holds.</summary>
    public IReadOnlySet<string> ContentItemIds(int siteId) => WithSearcher(searcher =>
    {
        var query = new TermQuery(new Term(SearchFields.Site, SearchFields.SiteValue(siteId)));
        var top = searcher.Search(query, Math.Max(1, searcher.IndexReader.MaxDoc));
        return top.ScoreDocs.Select(doc => searcher.Doc(doc.Doc).Get(SearchFields.Key).Split('/')[1]).ToHashSet();
    });

    private T WithSearcher<T>(Func<IndexSearcher, T> use)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return use(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Closes the index without committing: what was applied since the last commit is read again next time.</summary>
    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Rollback();
        _writer.Dispose();
        _directory.Dispose();
        Analyzer.Dispose();
    }
}
