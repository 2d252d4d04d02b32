namespace OrchardGov.ContentManagement.Storage;

/// <summary>
/// A row that belongs to one site. The store filters every query on such rows to the session's site and
/// refuses to write them for any other site, so no caller can forget the scoping.
/// </summary>
public interface ISiteScoped
{
    int SiteId { get; set; }
}
