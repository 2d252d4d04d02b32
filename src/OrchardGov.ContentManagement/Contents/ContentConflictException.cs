namespace OrchardGov.ContentManagement.Contents;

/// <summary>
/// Another session changed the same content (a second latest or published version of an item, a second copy of a
/// site document) and committed first. Nothing of this session's change is saved; read again and retry.
/// </summary>
public sealed class ContentConflictException(int siteId, Exception inner) : Exception(
    $"Another change to the same content of site {siteId} was saved at the same time, so this change was not saved. Read the content again and retry.",
    inner);
