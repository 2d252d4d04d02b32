using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.IndexNumbers;
using OrchardGov.Disclosure.Services.Settings;

namespace OrchardGov.Disclosure.Services.Editing;

/// <summary>
/// Publishes, unpublishes and schedules articles. An article gets its 索引号 when it is first published and
/// keeps it for good; its 发布日期 defaults to the day of publishing.
/// </summary>
public sealed class ArticlePublisher(DisclosureSettingsStore settings, AuditTrail audit, TimeProvider clock)
{
    /// <param name="reviewed">True when a reviewer approved it; on sites that require review, nothing else publishes.</param>
    public async Task<Article> PublishAsync(ContentSession session, string articleId, bool reviewed = false)
    {
        var latest = await ArticleEditor.LatestAsync(session, articleId);
        var article = ArticleContent.Read(latest);
        if (latest.Published)
        {
            return article;
        }

        var siteSettings = await settings.ReadAsync(session);
        if (siteSettings.RequireArticleReview && !reviewed)
        {
            throw new UserInputException($"本站点的文章须经上级审核后发布：请把《{article.Title}》提交审核。");
        }

        var today = ChinaTime.Today(clock);
        var published = article with
        {
            IndexNumber = article.IndexNumber.Length > 0
                ? article.IndexNumber
                : await IndexNumberAssigner.NextAsync(session, siteSettings, today),
            PublishedOn = article.PublishedOn ?? today,
            ScheduledUtc = null,
            ReviewStatus = ArticleReviewStatus.None,
            ReviewNote = "",
        };
        ArticleContent.Write(published, latest);
        session.Update(latest);
        await session.PublishAsync(latest);
        audit.Record(session, new AuditRecord("article.publish", articleId, $"文章《{published.Title}》", After: new { published.IndexNumber, published.PublishedOn }));
        return published;
    }

    public async Task UnpublishAsync(ContentSession session, string articleId)
    {
        var latest = await ArticleEditor.LatestAsync(session, articleId);
        if (!await session.UnpublishAsync(articleId))
        {
            throw new UserInputException($"文章《{latest.DisplayText}》没有发布，无需撤下。");
        }

        audit.Record(session, new AuditRecord("article.unpublish", articleId, $"文章《{latest.DisplayText}》"));
    }

    /// <summary>Sets (or with null clears) the time at which the draft publishes itself.</summary>
    public async Task ScheduleAsync(ContentSession session, string articleId, DateTime? atUtc)
    {
        if (atUtc is { } at && at <= clock.GetUtcNow().UtcDateTime)
        {
            throw new UserInputException("定时发布的时间必须晚于现在。");
        }

        if (atUtc is not null && (await settings.ReadAsync(session)).RequireArticleReview)
        {
            throw new UserInputException("本站点的文章须经上级审核后发布，不能定时发布。");
        }

        await ArticleEditor.LatestAsync(session, articleId);
        var draft = await session.GetOrCreateDraftAsync(articleId);
        var article = ArticleContent.Read(draft);
        if (draft.Published)
        {
            throw new UserInputException($"文章《{article.Title}》已经发布。");
        }

        ArticleContent.Write(article with { ScheduledUtc = atUtc }, draft);
        session.Update(draft);
        audit.Record(session, new AuditRecord("article.schedule", articleId, $"文章《{article.Title}》",
            new { article.ScheduledUtc }, new { ScheduledUtc = atUtc }));
    }
}
