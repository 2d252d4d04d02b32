using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services.Editing;

/// <summary>
/// Saves an editor's article as a draft: new, or over the item's latest version. The 索引号 and review state
/// are never taken from the editor's input; the body is sanitized when it is stored.
/// </summary>
public sealed class ArticleEditor(CatalogReader catalog, AuditTrail audit)
{
    public async Task<Article> SaveDraftAsync(ContentSession session, Article input)
    {
        var current = await catalog.ReadAsync(session, VersionOptions.Latest);
        var problems = ArticleRules.Problems(input, current.Columns, current.Entries).ToList();
        if (problems.Count > 0)
        {
            throw new UserInputException(string.Join(" ", problems));
        }

        if (string.IsNullOrEmpty(input.ContentItemId))
        {
            var item = ContentSession.New(DisclosureTypes.Article);
            var created = input with { ContentItemId = "", IndexNumber = "", ReviewStatus = ArticleReviewStatus.None, ReviewNote = "", ScheduledUtc = null };
            ArticleContent.Write(created, item);
            session.Create(item);
            created = created with { ContentItemId = item.ContentItemId };
            audit.Record(session, new AuditRecord("article.create", item.ContentItemId, $"文章《{created.Title}》", After: created));
            return created;
        }

        await LatestAsync(session, input.ContentItemId);
        var draft = await session.GetOrCreateDraftAsync(input.ContentItemId);
        var before = ArticleContent.Read(draft);
        var saved = input with { IndexNumber = before.IndexNumber, ReviewStatus = before.ReviewStatus, ReviewNote = before.ReviewNote, ScheduledUtc = before.ScheduledUtc };
        ArticleContent.Write(saved, draft);
        session.Update(draft);
        audit.Record(session, new AuditRecord("article.update", input.ContentItemId, $"文章《{saved.Title}》", before, saved));
        return saved;
    }

    /// <summary>The article's latest version, or a clear error when the site has no such article.</summary>
    public static async Task<ContentItem> LatestAsync(ContentSession session, string articleId) =>
        await session.GetAsync(articleId, VersionOptions.Latest) is { ContentType: DisclosureTypes.Article } item
            ? item
            : throw new UserInputException($"本站点没有这篇文章（{articleId}）。");
}
