using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Metadata;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.ContentManagement.Contents;

/// <summary>A site's content definition, stored as one document and changed inside the session's transaction.</summary>
public sealed class SiteContentDefinitions
{
    private readonly StoreDbContext _db;
    private readonly DocumentWriter _writer;
    private Document? _document;
    private ContentDefinition? _definition;

    internal SiteContentDefinitions(StoreDbContext db, DocumentWriter writer)
    {
        _db = db;
        _writer = writer;
    }

    public async Task<ContentDefinition> GetAsync()
    {
        if (_definition is not null)
        {
            return _definition;
        }

        _document = await _db.Documents.FirstOrDefaultAsync(d => d.Type == DocumentTypes.ContentDefinition);
        _definition = _document is null
            ? new ContentDefinition()
            : JsonSerializer.Deserialize<ContentDefinition>(_document.Content, ContentItemJson.Options) ?? new ContentDefinition();
        return _definition;
    }

    public async Task SaveAsync(ContentDefinition definition)
    {
        await GetAsync();
        _document ??= new Document { Type = DocumentTypes.ContentDefinition, Content = "", SiteId = _db.CurrentSiteId };
        _document.Content = JsonSerializer.Serialize(definition, ContentItemJson.Options);
        _definition = definition;
        _writer.Track(_document);
    }

    public async Task AlterAsync(Func<ContentDefinition, ContentDefinition> change) =>
        await SaveAsync(change(await GetAsync()));
}
