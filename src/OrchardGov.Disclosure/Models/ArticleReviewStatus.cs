namespace OrchardGov.Disclosure.Models;

/// <summary>Where an article stands in review, on sites that require articles to be reviewed before publishing.</summary>
public enum ArticleReviewStatus
{
    None,
    Submitted,
    Returned,
}
