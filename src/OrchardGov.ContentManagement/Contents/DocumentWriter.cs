using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Indexes;
using OrchardGov.ContentManagement.Storage;
using Npgsql;

namespace OrchardGov.ContentManagement.Contents;

/// <summary>
/// Keeps a session's content items paired with their stored documents (one instance per version), and
/// writes changed versions with their index rows and a line of the <see cref="ContentChange"/> log inside the
/// session's transaction. Every row it writes carries the session's site.
/// </summary>
internal sealed class DocumentWriter(StoreDbContext db, TimeProvider clock, IReadOnlyList<IContentItemHandler> handlers) : IAsyncDisposable
{
    private readonly Dictionary<long, ContentItem> _loaded = [];
    private readonly Dictionary<ContentItem, long> _documentIds = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<ContentItem> _changed = new(ReferenceEqualityComparer.Instance);
    private readonly RowWriter _rows = new(db);
    private IDbContextTransaction? _transaction;
    private bool _stamped;  // the site's ContentStamp is raised once per transaction

    public ContentItem Materialize(Document document)
    {
        if (_loaded.TryGetValue(document.Id, out var item))
        {
            return item;
        }

        item = ContentItemJson.Parse(document.Content);
        item.DocumentId = document.Id;
        _loaded[document.Id] = item;
        _documentIds[item] = document.Id;
        return item;
    }

    public void Add(ContentItem item)
    {
        _documentIds[item] = 0;
        _changed.Add(item);
    }

    public void MarkChanged(ContentItem item)
    {
        if (!_documentIds.ContainsKey(item))
        {
            throw new InvalidOperationException(
                $"Content item version {item.ContentItemVersionId} was not read from this session; read it first, then change it.");
        }

        _changed.Add(item);
    }

    /// <summary>Makes <paramref name="replacement"/> the content of the stored version <paramref name="stored"/>.</summary>
    public void Replace(ContentItem stored, ContentItem replacement)
    {
        var documentId = _documentIds[stored];
        _documentIds.Remove(stored);
        _changed.Remove(stored);
        _documentIds[replacement] = documentId;
        _loaded[documentId] = replacement;
        replacement.DocumentId = documentId;
        _changed.Add(replacement);
    }

    /// <summary>Adds a document that is not a content item (a site's content definition), written through EF Core.</summary>
    public void Track(Document document)
    {
        if (document.Id == 0 && db.Entry(document).State == EntityState.Detached)
        {
            db.Documents.Add(document);
        }
    }

    /// <summary>Writes the changed versions; a concurrent session's conflicting write shows as <see cref="ContentConflictException"/>.</summary>
    public async Task FlushAsync()
    {
        try
        {
            await WriteAsync();
        }
        catch (Exception error) when (IsUniqueViolation(error))
        {
            throw new ContentConflictException(db.CurrentSiteId, error);
        }
    }

    private static bool IsUniqueViolation(Exception error) => error switch
    {
        DbUpdateException { InnerException: { } inner } => IsUniqueViolation(inner),
        SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } => true,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        _ => false,
    };

    private async Task WriteAsync()
    {
        if (_changed.Count == 0 && !db.ChangeTracker.HasChanges())
        {
            return;
        }

        _transaction ??= await db.Database.BeginTransactionAsync();
        var replaced = new List<long>();
        foreach (var item in _changed)
        {
            foreach (var handler in handlers)
            {
                handler.Saving(item);
            }

            var content = ContentItemJson.Serialize(item);
            var documentId = _documentIds[item];
            if (documentId == 0)
            {
                documentId = await _rows.InsertAsync(
                    new Document { SiteId = db.CurrentSiteId, Type = DocumentTypes.ContentItem, Content = content });
                _documentIds[item] = documentId;
                _loaded[documentId] = item;
                item.DocumentId = documentId;
            }
            else
            {
                await db.Documents.Where(d => d.Id == documentId).ExecuteUpdateAsync(set => set.SetProperty(d => d.Content, content));
                replaced.Add(documentId);
            }
        }

        await IndexRowDeleter.DeleteAsync(db, replaced);
        var rows = new List<object>();
        foreach (var item in _changed)
        {
            foreach (var provider in db.StoreModel.IndexProviders)
            {
                foreach (var row in provider.Map(item))
                {
                    row.DocumentId = item.DocumentId;
                    row.SiteId = db.CurrentSiteId;
                    rows.Add(row);
                }
            }
        }

        await _rows.InsertAllAsync(rows);
        await _rows.InsertAllAsync(LogLines());

        await db.SaveChangesAsync();
        _changed.Clear();
        if (!_stamped)
        {
            await db.Sites.Where(s => s.Id == db.CurrentSiteId)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.ContentStamp, s => s.ContentStamp + 1));
            _stamped = true;
        }
    }

    // One line per item changed in this flush, so copies of content kept elsewhere (search indexes) follow.
    private List<object> LogLines()
    {
        var at = clock.GetUtcNow().UtcDateTime;
        return _changed.DistinctBy(item => item.ContentItemId)
            .Select(item => (object)new ContentChange { SiteId = db.CurrentSiteId, ContentItemId = item.ContentItemId, ContentType = item.ContentType, AtUtc = at })
            .ToList();
    }

    /// <summary>Begins the session's transaction now, for writes that must be inside it before any content changes.</summary>
    public async Task<System.Data.Common.DbTransaction> BeginAsync()
    {
        _transaction ??= await db.Database.BeginTransactionAsync();
        return _transaction.GetDbTransaction();
    }

    public async Task CommitAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.CommitAsync();
            await _transaction.DisposeAsync();
            _transaction = null;
            _stamped = false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _rows.Dispose();
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }
    }
}
