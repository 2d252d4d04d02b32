using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.ContentManagement.Indexes;

/// <summary>
/// A row of a query table, projected from one stored document in the same transaction as the document.
/// Index tables can always be rebuilt from the documents.
/// </summary>
public abstract class IndexRow : ISiteScoped
{
    public long Id { get; set; }
    public int SiteId { get; set; }
    public long DocumentId { get; set; }
}
