namespace OrchardGov.ContentManagement.Sites;

/// <summary>A host name bound to a site: requests to it are served by that site without the path prefix.</summary>
public sealed class SiteHostName
{
    public int Id { get; set; }
    public int SiteId { get; set; }
    public required string HostName { get; set; }
}
