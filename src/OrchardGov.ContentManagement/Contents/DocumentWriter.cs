using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Indexes;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.ContentManagement.Contents;

/// <summary>
/// Keeps a session's content items paired with their stored documents (one instance per version), and
/// writes changed versions with their index rows inside the session's transaction.
/// </summary>
internal sealed class DocumentWriter(StoreDbContext db) : IAsyncDisposable
{
    private readonly Dictionary<long, ContentItem> _loaded = [];
    private readonly Dictionary<ContentItem, Document> _documents = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<ContentItem> _changed = new(ReferenceEqualityComparer.Instance);
    private IDbContextTransaction? _transaction;

    public ContentItem Materialize(Document document)
    {
        if (_loaded.TryGetValue(document.Id, out var item))
        {
            return item;
        }

        item = ContentItemJson.Parse(document.Content);
        item.DocumentId = document.Id;
        _loaded[document.Id] = item;
        _documents[item] = document;
        return item;
    }

    public void Add(ContentItem item)
    {
        var document = new Document { Type = DocumentTypes.ContentItem, Content = "", SiteId = db.CurrentSiteId };
        db.Documents.Add(document);
        _documents[item] = document;
        _changed.Add(item);
    }

    public void MarkChanged(ContentItem item)
    {
        if (!_documents.ContainsKey(item))
        {
            throw new InvalidOperationException(
                $"Content item version {item.ContentItemVersionId} was not read from this session; read it first, then change it.");
        }

        _changed.Add(item);
    }

    /// <summary>Makes <paramref name="replacement"/> the content of the stored version <paramref name="stored"/>.</summary>
    public void Replace(ContentItem stored, ContentItem replacement)
    {
        var document = _documents[stored];
        _documents.Remove(stored);
        _changed.Remove(stored);
        _documents[replacement] = document;
        _loaded[document.Id] = replacement;
        replacement.DocumentId = document.Id;
        _changed.Add(replacement);
    }

    /// <summary>Adds or replaces a document that is not a content item (a site's content definition).</summary>
    public void Track(Document document)
    {
        if (document.Id == 0 && db.Entry(document).State == EntityState.Detached)
        {
            db.Documents.Add(document);
        }
    }

    public async Task FlushAsync()
    {
        if (_changed.Count == 0 && !db.ChangeTracker.HasChanges())
        {
            return;
        }

        _transaction ??= await db.Database.BeginTransactionAsync();
        var changed = _changed.ToList();
        var replacedDocumentIds = new List<long>();
        foreach (var item in changed)
        {
            var document = _documents[item];
            document.Content = ContentItemJson.Serialize(item);
            if (document.Id != 0)
            {
                replacedDocumentIds.Add(document.Id);
            }
        }

        await db.SaveChangesAsync();
        await IndexRows.DeleteAsync(db, replacedDocumentIds);
        foreach (var item in changed)
        {
            var document = _documents[item];
            item.DocumentId = document.Id;
            _loaded[document.Id] = item;
            foreach (var provider in db.StoreModel.IndexProviders)
            {
                foreach (var row in provider.Map(item))
                {
                    row.DocumentId = document.Id;
                    row.SiteId = db.CurrentSiteId;
                    db.Add(row);
                }
            }
        }

        await db.SaveChangesAsync();
        _changed.Clear();
        DetachIndexRows();
    }

    public async Task CommitAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.CommitAsync();
            await _transaction.DisposeAsync();
            _transaction = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }
    }

    // Index rows are written once per flush and never read back through the tracker; keeping them would
    // only grow memory during large imports.
    private void DetachIndexRows()
    {
        foreach (var entry in db.ChangeTracker.Entries<IndexRow>().ToList())
        {
            entry.State = EntityState.Detached;
        }
    }
}
