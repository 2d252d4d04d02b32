using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services;
using OrchardGov.Disclosure.Services.Settings;

namespace OrchardGov.Disclosure.Admin.Articles;

/// <summary>Gathers what the article form offers: the list columns and catalog entries of the editors' latest catalog, and the stored article.</summary>
public sealed class ArticleForm(CatalogReader catalog, DisclosureSettingsStore settings)
{
    /// <returns>Null when the site has no article with that id.</returns>
    public async Task<ArticleFormData?> LoadAsync(ContentSession session, string? articleId)
    {
        ContentItem? latest = null;
        if (articleId is not null && (latest = await session.GetAsync(articleId, VersionOptions.Latest)) is not { ContentType: DisclosureTypes.Article })
        {
            return null;
        }

        var current = await catalog.ReadAsync(session, VersionOptions.Latest);
        var tree = current.Columns;
        var columns = tree.All.Where(c => c.Kind == ColumnKind.List)
            .Select(c => new ArticleFormData.Choice(c.ContentItemId, tree.PathOf(c.ContentItemId)))
            .OrderBy(c => c.Label, StringComparer.Ordinal).ToList();
        var domains = current.Domains.DistinctBy(d => d.Key).ToDictionary(d => d.Key, d => d.Name);
        var entries = current.Entries
            .Select(e => new ArticleFormData.Choice(e.ContentItemId, $"{domains.GetValueOrDefault(e.Domain, e.Domain)} · {e.Category} · {e.Item}"))
            .ToList();
        var hasPublished = latest is not null && (latest.Published || await session.GetAsync(latest.ContentItemId, VersionOptions.Published) is not null);
        return new ArticleFormData(
            latest is null ? null : ArticleContent.Read(latest), latest?.Published ?? false, hasPublished,
            (await settings.ReadAsync(session)).RequireArticleReview, columns, entries);
    }
}
