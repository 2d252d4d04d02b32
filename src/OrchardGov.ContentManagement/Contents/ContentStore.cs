using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.ContentManagement.Contents;

/// <summary>Opens sessions on one site's content.</summary>
public sealed class ContentStore(StoreContextFactory contexts, TimeProvider clock, IEnumerable<IContentItemHandler> handlers)
{
    private readonly IContentItemHandler[] _handlers = handlers.ToArray();

    public ContentSession OpenSession(int siteId)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(siteId);
        return new ContentSession(contexts.Create(siteId), clock, _handlers);
    }
}
