using OrchardGov.ContentManagement.ContentItems;

namespace OrchardGov.ContentManagement.Contents;

/// <summary>
/// Lets a module adjust every content item version just before it is stored, whichever way it arrives
/// (created, edited, published, imported by a recipe), e.g. to sanitize the HTML an editor supplied.
/// </summary>
public interface IContentItemHandler
{
    void Saving(ContentItem version);
}
