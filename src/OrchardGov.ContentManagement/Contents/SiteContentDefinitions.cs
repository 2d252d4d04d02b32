using System.Text.Json;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Metadata;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.ContentManagement.Contents;

/// <summary>A site's content definition, stored as one document and changed inside the session's transaction.</summary>
public sealed class SiteContentDefinitions
{
    private readonly SiteDocuments _documents;
    private ContentDefinition? _definition;

    internal SiteContentDefinitions(SiteDocuments documents) => _documents = documents;

    public async Task<ContentDefinition> GetAsync()
    {
        if (_definition is not null)
        {
            return _definition;
        }

        var json = await _documents.GetAsync(DocumentTypes.ContentDefinition);
        _definition = json is null
            ? new ContentDefinition()
            : JsonSerializer.Deserialize<ContentDefinition>(json, ContentItemJson.Options) ?? new ContentDefinition();
        return _definition;
    }

    public async Task SaveAsync(ContentDefinition definition)
    {
        await _documents.SaveAsync(DocumentTypes.ContentDefinition, JsonSerializer.Serialize(definition, ContentItemJson.Options));
        _definition = definition;
    }

    public async Task AlterAsync(Func<ContentDefinition, ContentDefinition> change) =>
        await SaveAsync(change(await GetAsync()));
}
