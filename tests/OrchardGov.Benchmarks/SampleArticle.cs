using System.Text.Json.Nodes;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;

namespace OrchardGov.Benchmarks;

/// <summary>A typical published news article of a county site, about 1.5 KB of JSON.</summary>
public static class SampleArticle
{
    public const string ContentType = "Article";

    private const string Paragraph =
        "为进一步优化营商环境，鹤城区政务服务中心自即日起推行“一窗受理、集成服务”改革，企业开办、不动产登记、"
        + "社保医保等高频事项实现一次提交、一次办结。群众可通过政务服务网、移动端或现场窗口办理，"
        + "办理进度实时可查，办结结果邮寄送达，全程不收取任何费用。";

    public static ContentItem Create()
    {
        var item = ContentSession.New(ContentType);
        item.DisplayText = "鹤城区推行政务服务“一窗受理、集成服务”改革";
        item.Owner = "editor";
        item.Author = "editor";
        item.Parts["TitlePart"] = new JsonObject { ["Title"] = item.DisplayText };
        item.Parts["HtmlBodyPart"] = new JsonObject
        {
            ["Html"] = $"<h2>改革内容</h2><p>{Paragraph}</p><h2>办理方式</h2><p>{Paragraph}</p><p>咨询电话：0745-2222222。</p>",
        };
        var article = item.GetOrAddPart(ContentType);
        article["Source"] = new JsonObject { ["Text"] = "鹤城区人民政府办公室" };
        article["IssuedOn"] = new JsonObject { ["Value"] = "2026-03-15T00:00:00Z" };
        article["ReadingMinutes"] = new JsonObject { ["Value"] = 4 };
        return item;
    }

    /// <summary>Separate copies of <paramref name="article"/>, each a new item with its own id.</summary>
    public static List<ContentItem> Copies(ContentItem article, int count) =>
        Enumerable.Range(0, count).Select(_ =>
        {
            var copy = article.Clone();
            copy.ContentItemId = ContentItemIdGenerator.NewId();
            copy.ContentItemVersionId = ContentItemIdGenerator.NewId();
            return copy;
        }).ToList();

    /// <summary>The JSON documents the store would write for published copies of <paramref name="article"/>.</summary>
    public static string[] PublishedDocuments(ContentItem article, int count) =>
        Copies(article, count).Select(copy =>
        {
            copy.Latest = copy.Published = true;
            copy.CreatedUtc = copy.ModifiedUtc = copy.PublishedUtc = DateTime.UtcNow;
            return ContentItemJson.Serialize(copy);
        }).ToArray();
}
