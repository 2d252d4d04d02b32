namespace OrchardGov.Disclosure.Services.Review;

/// <summary>
/// One submission of a site's catalog for review, kept for good: the catalog as submitted, who submitted it,
/// and the reviewer's decision (approved: it became the public catalog; returned: with the reason).
/// </summary>
public sealed record CatalogVersion
{
    public string ContentItemId { get; init; } = "";
    public int Number { get; init; }
    public CatalogVersionStatus Status { get; init; }
    public string SubmittedBy { get; init; } = "";
    public DateTime SubmittedUtc { get; init; }
    public string ReviewedBy { get; init; } = "";
    public DateTime? ReviewedUtc { get; init; }
    public string ReviewNote { get; init; } = "";
    public required CatalogSnapshot Snapshot { get; init; }
}
