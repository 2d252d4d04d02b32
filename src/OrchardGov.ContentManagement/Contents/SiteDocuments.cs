using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.ContentManagement.Contents;

/// <summary>
/// The site's single documents other than content items (its content definition, its settings), one per
/// type, read and changed inside the session's transaction.
/// </summary>
public sealed class SiteDocuments
{
    private readonly StoreDbContext _db;
    private readonly DocumentWriter _writer;
    private readonly Dictionary<string, Document?> _loaded = [];

    internal SiteDocuments(StoreDbContext db, DocumentWriter writer)
    {
        _db = db;
        _writer = writer;
    }

    /// <summary>The document's JSON text, or null when the site has none of this type.</summary>
    public async Task<string?> GetAsync(string type)
    {
        if (!_loaded.TryGetValue(type, out var document))
        {
            document = await _db.Documents.FirstOrDefaultAsync(d => d.Type == type);
            _loaded[type] = document;
        }

        return document?.Content;
    }

    public async Task<JsonObject> GetObjectAsync(string type) =>
        await GetAsync(type) is { } json ? JsonNode.Parse(json, documentOptions: ContentItemJson.DocumentOptions) as JsonObject ?? [] : [];

    public async Task SaveAsync(string type, string content)
    {
        await GetAsync(type);
        var document = _loaded[type] ??= new Document { Type = type, Content = "", SiteId = _db.CurrentSiteId };
        document.Content = content;
        _writer.Track(document);
    }

    public Task SaveObjectAsync(string type, JsonObject content) =>
        SaveAsync(type, content.ToJsonString(ContentItemJson.Options));
}
