using System.Linq.Expressions;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.Disclosure.Indexes;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Pages.Admin.Articles;

/// <summary>The Chinese name of each <see cref="ArticleState"/>, the state of an article's latest version, and the index filter for it.</summary>
public static class ArticleStates
{
    public static readonly IReadOnlyDictionary<ArticleState, string> Labels = new Dictionary<ArticleState, string>
    {
        [ArticleState.Draft] = "草稿",
        [ArticleState.Submitted] = "待审核",
        [ArticleState.Returned] = "已退回",
        [ArticleState.Published] = "已发布",
        [ArticleState.Scheduled] = "定时",
    };

    public static ArticleState Of(ContentItem latest, Article article) => article switch
    {
        _ when latest.Published => ArticleState.Published,
        { ReviewStatus: ArticleReviewStatus.Submitted } => ArticleState.Submitted,
        { ReviewStatus: ArticleReviewStatus.Returned } => ArticleState.Returned,
        { ScheduledUtc: not null } => ArticleState.Scheduled,
        _ => ArticleState.Draft,
    };

    /// <summary>The latest versions in the state (all of them for null), optionally in one column.</summary>
    public static Expression<Func<ArticleIndex, bool>> Filter(ArticleState? state, string? columnId) => (state, columnId) switch
    {
        (null, null) => row => row.Latest,
        (null, _) => row => row.Latest && row.ColumnId == columnId,
        (ArticleState.Published, _) => row => row.Latest && row.Published && (columnId == null || row.ColumnId == columnId),
        (ArticleState.Submitted, _) => row => row.Latest && !row.Published && row.ReviewStatus == ArticleReviewStatus.Submitted && (columnId == null || row.ColumnId == columnId),
        (ArticleState.Returned, _) => row => row.Latest && !row.Published && row.ReviewStatus == ArticleReviewStatus.Returned && (columnId == null || row.ColumnId == columnId),
        (ArticleState.Scheduled, _) => row => row.Latest && !row.Published && row.ReviewStatus == ArticleReviewStatus.None && row.ScheduledUtc != null && (columnId == null || row.ColumnId == columnId),
        _ => row => row.Latest && !row.Published && row.ReviewStatus == ArticleReviewStatus.None && row.ScheduledUtc == null && (columnId == null || row.ColumnId == columnId),
    };
}
