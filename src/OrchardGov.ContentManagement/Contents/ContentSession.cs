using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Indexes;
using OrchardGov.ContentManagement.Metadata;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.ContentManagement.Contents;

/// <summary>
/// A unit of work on one site's content. Everything it reads and writes belongs to that site. Changes are
/// written inside one database transaction that <see cref="CommitAsync"/> commits; disposing the session
/// without committing leaves the database as it was.
/// </summary>
public sealed class ContentSession : IAsyncDisposable
{
    private readonly StoreDbContext _db;
    private readonly DocumentWriter _writer;
    private readonly TimeProvider _clock;

    internal ContentSession(StoreDbContext db, TimeProvider clock, IReadOnlyList<IContentItemHandler> handlers)
    {
        _db = db;
        _clock = clock;
        _writer = new DocumentWriter(db, clock, handlers);
        Documents = new SiteDocuments(db, _writer);
        Definitions = new SiteContentDefinitions(Documents);
    }

    public int SiteId => _db.CurrentSiteId;

    /// <summary>The store context of this session, for platform services that write in the same transaction.</summary>
    internal StoreDbContext Db => _db;

    /// <summary>The site's single documents (settings and the like), in this same transaction.</summary>
    public SiteDocuments Documents { get; }

    /// <summary>The site's content types and parts, read and changed in this same transaction.</summary>
    public SiteContentDefinitions Definitions { get; }

    /// <summary>A new, unsaved item of the type, with fresh ids.</summary>
    public static ContentItem New(string contentType) => new()
    {
        ContentType = contentType,
        ContentItemId = ContentItemIdGenerator.NewId(),
        ContentItemVersionId = ContentItemIdGenerator.NewId(),
    };

    /// <summary>
    /// Saves a new item as its first version: a draft, or published at once. The item always gets fresh ids;
    /// to store an item under ids of its own (from a recipe or another site), import it.
    /// </summary>
    public void Create(ContentItem item, bool publish = false)
    {
        var now = Now;
        item.ContentItemId = ContentItemIdGenerator.NewId();

        item.ContentItemVersionId = ContentItemIdGenerator.NewId();
        item.CreatedUtc ??= now;
        item.ModifiedUtc = now;
        item.Latest = true;
        item.Published = publish;
        item.PublishedUtc = publish ? now : null;
        _writer.Add(item);
    }

    /// <summary>Saves changes made to a version read from this session (its text, parts and fields).</summary>
    public void Update(ContentItem version)
    {
        version.ModifiedUtc = Now;
        _writer.MarkChanged(version);
    }

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published)
    {
        var rows = InVersion(IndexRows().Where(row => row.ContentItemId == contentItemId), options);
        return (await LoadAsync(rows)).FirstOrDefault();
    }

    public async Task<ContentItem?> GetVersionAsync(string contentItemVersionId) =>
        (await LoadAsync(IndexRows().Where(row => row.ContentItemVersionId == contentItemVersionId))).FirstOrDefault();

    /// <summary>Every stored version of an item, oldest first.</summary>
    public async Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId) =>
        await LoadAsync(IndexRows().Where(row => row.ContentItemId == contentItemId).OrderBy(row => row.DocumentId));

    /// <summary>Makes this version the published one; the previously published version stops being public.</summary>
    public async Task PublishAsync(ContentItem version)
    {
        foreach (var other in await OtherVersionsAsync(version))
        {
            SetFlags(other, latest: false, published: false);
        }

        var now = Now;
        version.Latest = true;
        version.Published = true;
        version.PublishedUtc = now;
        version.ModifiedUtc = now;
        _writer.MarkChanged(version);
    }

    /// <summary>Takes the item off the public site; its latest version stays for editors. False when it was not published.</summary>
    public async Task<bool> UnpublishAsync(string contentItemId)
    {
        var published = await GetAsync(contentItemId, VersionOptions.Published);
        if (published is null)
        {
            return false;
        }

        published.Published = false;
        published.ModifiedUtc = Now;
        _writer.MarkChanged(published);
        return true;
    }

    /// <summary>
    /// The item's draft to edit: the latest version when it is not published, otherwise a new version copied
    /// from the published one, which stays live until the draft is published.
    /// </summary>
    public async Task<ContentItem> GetOrCreateDraftAsync(string contentItemId)
    {
        var latest = await GetAsync(contentItemId, VersionOptions.Latest)
            ?? throw new KeyNotFoundException($"Content item {contentItemId} does not exist on site {SiteId}.");
        if (!latest.Published)
        {
            return latest;
        }

        var draft = latest.Clone();
        draft.ContentItemVersionId = ContentItemIdGenerator.NewId();
        draft.Latest = true;
        draft.Published = false;
        draft.ModifiedUtc = Now;
        SetFlags(latest, latest: false, published: true);
        _writer.Add(draft);
        return draft;
    }

    /// <summary>Removes the item from the site: no version is latest or published any more.</summary>
    public async Task RemoveAsync(string contentItemId)
    {
        foreach (var version in await GetVersionsAsync(contentItemId))
        {
            SetFlags(version, latest: false, published: false);
        }
    }

    /// <summary>
    /// Stores a version exactly as given (the import path of recipes), matched by its ContentItemVersionId.
    /// If it is latest or published, the item's other versions stop being so.
    /// </summary>
    public async Task<ImportOutcome> ImportAsync(ContentItem version) => (await ImportAsync([version]))[0];

    /// <summary>Imports versions in order, as <see cref="ImportAsync(ContentItem)"/> does, reading the stored ones in a few queries.</summary>
    public async Task<IReadOnlyList<ImportOutcome>> ImportAsync(IReadOnlyList<ContentItem> versions)
    {
        var outcomes = new List<ImportOutcome>(versions.Count);
        foreach (var chunk in versions.Chunk(ImportChunkSize))
        {
            var versionIds = chunk.Select(v => v.ContentItemVersionId).Distinct().ToList();
            var itemIds = chunk.Select(v => v.ContentItemId).Distinct().ToList();
            var stored = (await LoadAsync(IndexRows().Where(row => versionIds.Contains(row.ContentItemVersionId))))
                .ToDictionary(v => v.ContentItemVersionId);
            var flagged = (await LoadAsync(IndexRows().Where(row => itemIds.Contains(row.ContentItemId) && (row.Latest || row.Published))))
                .ToLookup(v => v.ContentItemId).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var version in chunk)
            {
                outcomes.Add(Import(version, stored, flagged));
            }
        }

        return outcomes;
    }

    private const int ImportChunkSize = 500;

    private ImportOutcome Import(ContentItem version, Dictionary<string, ContentItem> stored, Dictionary<string, List<ContentItem>> flagged)
    {
        var existing = stored.GetValueOrDefault(version.ContentItemVersionId);
        if (existing is not null && ContentItemJson.Serialize(existing) == ContentItemJson.Serialize(version))
        {
            return ImportOutcome.Unchanged;
        }

        var others = flagged.TryGetValue(version.ContentItemId, out var list) ? list : flagged[version.ContentItemId] = [];
        foreach (var other in others.Where(o => o.ContentItemVersionId != version.ContentItemVersionId))
        {
            SetFlags(other, latest: other.Latest && !version.Latest, published: other.Published && !version.Published);
        }

        others.RemoveAll(o => o.ContentItemVersionId == version.ContentItemVersionId);
        others.Add(version);
        stored[version.ContentItemVersionId] = version;
        if (existing is null)
        {
            _writer.Add(version);
            return ImportOutcome.Created;
        }

        _writer.Replace(existing, version);
        return ImportOutcome.Updated;
    }

    public async Task<ContentPage> QueryAsync(ContentQuery query)
    {
        var rows = IndexRows();
        if (query.ContentType is not null)
        {
            rows = rows.Where(row => row.ContentType == query.ContentType);
        }

        rows = InVersion(rows, query.Version);
        var total = await rows.CountAsync();
        rows = query.OldestFirst
            ? rows.OrderBy(row => row.ModifiedUtc).ThenBy(row => row.DocumentId)
            : rows.OrderByDescending(row => row.ModifiedUtc).ThenByDescending(row => row.DocumentId);
        var items = await LoadAsync(rows.Skip(query.Skip).Take(query.Take));
        return new ContentPage(items, total);
    }

    /// <summary>The versions whose rows in a module's index table match the filter, in the order they were first stored.</summary>
    public async Task<IReadOnlyList<ContentItem>> QueryIndexAsync<TIndex>(
        Expression<Func<TIndex, bool>> filter, int skip = 0, int take = 100) where TIndex : IndexRow
    {
        await _writer.FlushAsync();
        var documentIds = _db.Set<TIndex>().Where(filter)
            .Select(row => row.DocumentId).Distinct().OrderBy(id => id).Skip(skip).Take(take);
        var documents = await _db.Documents.AsNoTracking().Where(d => documentIds.Contains(d.Id)).ToListAsync();
        return documents.OrderBy(d => d.Id).Select(_writer.Materialize).ToList();
    }

    /// <summary>One page of the versions whose index rows match, ordered by a column of the index table (ties by the order they were stored).</summary>
    public async Task<IReadOnlyList<ContentItem>> QueryIndexAsync<TIndex, TKey>(
        Expression<Func<TIndex, bool>> filter, Expression<Func<TIndex, TKey>> orderBy, bool descending, int skip, int take) where TIndex : IndexRow
    {
        await _writer.FlushAsync();
        var rows = _db.Set<TIndex>().Where(filter);
        var ordered = descending
            ? rows.OrderByDescending(orderBy).ThenByDescending(row => row.DocumentId)
            : rows.OrderBy(orderBy).ThenBy(row => row.DocumentId);
        var documentIds = await ordered.Skip(skip).Take(take).Select(row => row.DocumentId).ToListAsync();
        var documents = await DocumentsAsync(documentIds);
        return documentIds.Where(documents.ContainsKey).Select(id => _writer.Materialize(documents[id])).ToList();
    }

    /// <summary>How many rows of a module's index table match the filter, per value of one of its columns.</summary>
    public async Task<IReadOnlyDictionary<TKey, int>> CountIndexAsync<TIndex, TKey>(
        Expression<Func<TIndex, bool>> filter, Expression<Func<TIndex, TKey>> groupBy) where TIndex : IndexRow where TKey : notnull
    {
        await _writer.FlushAsync();
        return await _db.Set<TIndex>().Where(filter).GroupBy(groupBy).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);
    }

    /// <summary>
    /// The next value of one of the site's counters (1 for a new one), inside the session's transaction: a
    /// concurrent session waits for this one to finish, so values are never handed out twice and, since a
    /// rolled-back session gives its value back, never skipped.
    /// </summary>
    public async Task<long> NextValueAsync(string sequence)
    {
        var transaction = await _writer.BeginAsync();
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO "SiteSequences" ("SiteId", "Name", "Value") VALUES (@site, @name, 1)
            ON CONFLICT ("SiteId", "Name") DO UPDATE SET "Value" = "SiteSequences"."Value" + 1
            RETURNING "Value"
            """;
        AddParameter(command, "@site", SiteId);
        AddParameter(command, "@name", sequence);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void AddParameter(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>Writes pending changes inside the session's transaction, without committing.</summary>
    public Task FlushAsync() => _writer.FlushAsync();

    public async Task CommitAsync()
    {
        await _writer.FlushAsync();
        await _writer.CommitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _db.DisposeAsync();
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    private static IQueryable<ContentItemIndex> InVersion(IQueryable<ContentItemIndex> rows, VersionOptions options) => options switch
    {
        VersionOptions.Published => rows.Where(row => row.Published),
        VersionOptions.Latest => rows.Where(row => row.Latest),
        _ => rows.Where(row => row.Latest && !row.Published),
    };

    private IQueryable<ContentItemIndex> IndexRows() => _db.Set<ContentItemIndex>().AsNoTracking();

    private async Task<List<ContentItem>> LoadAsync(IQueryable<ContentItemIndex> rows)
    {
        await _writer.FlushAsync();
        var documentIds = await rows.Select(row => row.DocumentId).ToListAsync();
        if (documentIds.Count == 0)
        {
            return [];
        }

        var documents = await DocumentsAsync(documentIds);
        return documentIds.Select(id => _writer.Materialize(documents[id])).ToList();
    }

    // By primary key alone: with the site filter in the query too, SQLite may walk the site's whole (SiteId, Type)
    // index instead (15 ms for 20 documents of a 100,000-document site). The ids come from this site's index rows,
    // and the check keeps it so.
    private async Task<Dictionary<long, Document>> DocumentsAsync(IReadOnlyCollection<long> documentIds)
    {
        var documents = await _db.Documents.IgnoreQueryFilters().AsNoTracking().Where(d => documentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id);
        if (documents.Values.FirstOrDefault(d => d.SiteId != _db.CurrentSiteId) is { } foreign)
        {
            throw new InvalidOperationException($"Document {foreign.Id} belongs to site {foreign.SiteId}, not to this session's site {_db.CurrentSiteId}.");
        }

        return documents;
    }

    private async Task<IEnumerable<ContentItem>> OtherVersionsAsync(ContentItem version) =>
        (await LoadAsync(IndexRows().Where(row =>
            row.ContentItemId == version.ContentItemId && row.ContentItemVersionId != version.ContentItemVersionId
            && (row.Latest || row.Published))));

    private void SetFlags(ContentItem version, bool latest, bool published)
    {
        if (version.Latest == latest && version.Published == published)
        {
            return;
        }

        version.Latest = latest;
        version.Published = published;
        _writer.MarkChanged(version);
    }
}
