namespace OrchardGov.Disclosure.Services.Review;

public enum CatalogVersionStatus
{
    Submitted,
    Approved,
    Returned,
}
