using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services.Editing;

/// <summary>What an article must have before it is saved: a title, an existing list column, a real catalog entry, dates in order.</summary>
public static class ArticleRules
{
    public const int MaxTitleLength = 200;

    public static IEnumerable<string> Problems(Article article, ColumnTree columns, IReadOnlyList<CatalogEntry> entries)
    {
        if (string.IsNullOrWhiteSpace(article.Title))
        {
            yield return "请填写标题。";
        }
        else if (article.Title.Length > MaxTitleLength)
        {
            yield return $"标题不能超过 {MaxTitleLength} 个字。";
        }

        if (columns.Find(article.ColumnId) is not { } column)
        {
            yield return "请选择文章所属的栏目。";
        }
        else if (column.Kind != ColumnKind.List)
        {
            yield return $"栏目“{column.Title}”不是列表栏目，不能发布文章。";
        }

        if (article.CatalogEntryId is { Length: > 0 } entryId && entries.All(e => e.ContentItemId != entryId))
        {
            yield return "所选的公开事项不在本站点的目录中。";
        }

        if (article.WrittenOn is { } written && article.PublishedOn is { } published && written > published)
        {
            yield return "成文日期不能晚于发布日期。";
        }

        if (article.Validity == Validity.Repealed && article.RepealedOn is null)
        {
            yield return "已废止的文件请填写废止日期。";
        }
    }
}
