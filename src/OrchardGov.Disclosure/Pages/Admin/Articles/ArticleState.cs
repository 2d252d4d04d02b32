namespace OrchardGov.Disclosure.Pages.Admin.Articles;

/// <summary>Where an article's latest version stands, as the article list shows and filters it.</summary>
public enum ArticleState
{
    Draft,
    Submitted,
    Returned,
    Published,
    Scheduled,
}
