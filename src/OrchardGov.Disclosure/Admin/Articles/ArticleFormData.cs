using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Admin.Articles;

/// <summary>What the article form shows besides the editor's fields: the choices, and where the stored article stands.</summary>
public sealed record ArticleFormData(
    Article? Stored,
    bool Published,
    bool HasPublishedVersion,
    bool RequiresReview,
    IReadOnlyList<ArticleFormData.Choice> Columns,
    IReadOnlyList<ArticleFormData.Choice> Entries)
{
    public sealed record Choice(string Id, string Label);
}
