using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services.Editing;

/// <summary>
/// On sites that require it, an article goes to the reviewer before it is published: the editor submits it, the
/// reviewer approves (it is published at once) or returns it with a reason.
/// </summary>
public sealed class ArticleReview(ArticlePublisher publisher, AuditTrail audit)
{
    public async Task SubmitAsync(ContentSession session, string articleId)
    {
        var (draft, article) = await DraftAsync(session, articleId);
        if (article.ReviewStatus == ArticleReviewStatus.Submitted)
        {
            throw new UserInputException($"文章《{article.Title}》已提交审核，正在等待审核。");
        }

        ArticleContent.Write(article with { ReviewStatus = ArticleReviewStatus.Submitted, ReviewNote = "" }, draft);
        session.Update(draft);
        audit.Record(session, new AuditRecord("article.submit", articleId, $"文章《{article.Title}》"));
    }

    public async Task<Article> ApproveAsync(ContentSession session, string articleId)
    {
        var (_, article) = await SubmittedAsync(session, articleId);
        audit.Record(session, new AuditRecord("article.approve", articleId, $"文章《{article.Title}》"));
        return await publisher.PublishAsync(session, articleId, reviewed: true);
    }

    public async Task ReturnAsync(ContentSession session, string articleId, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new UserInputException("退回时请写明理由，编辑据此修改。");
        }

        var (draft, article) = await SubmittedAsync(session, articleId);
        ArticleContent.Write(article with { ReviewStatus = ArticleReviewStatus.Returned, ReviewNote = reason.Trim() }, draft);
        session.Update(draft);
        audit.Record(session, new AuditRecord("article.return", articleId, $"文章《{article.Title}》", After: new { Reason = reason.Trim() }));
    }

    private static async Task<(ContentManagement.ContentItems.ContentItem Draft, Article Article)> SubmittedAsync(ContentSession session, string articleId)
    {
        var (draft, article) = await DraftAsync(session, articleId);
        return article.ReviewStatus == ArticleReviewStatus.Submitted
            ? (draft, article)
            : throw new UserInputException($"文章《{article.Title}》没有在等待审核。");
    }

    private static async Task<(ContentManagement.ContentItems.ContentItem Draft, Article Article)> DraftAsync(ContentSession session, string articleId)
    {
        await ArticleEditor.LatestAsync(session, articleId);
        var draft = await session.GetOrCreateDraftAsync(articleId);
        return (draft, ArticleContent.Read(draft));
    }
}
