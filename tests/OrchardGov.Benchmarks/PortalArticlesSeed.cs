using System.Text;
using System.Text.Json;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Benchmarks;

/// <summary>
/// <c>seed-portal-articles OUT_DIR COUNT</c> (used by <c>portal-wrk.sh</c>): writes COUNT published articles of
/// 城中街道 (431202001) for its 工作动态 column (<c>col-gzdt</c>) as recipe files of 20,000 articles each, to import
/// with <c>OrchardGov.Web recipes run FILE --site 431202001</c>. Article 0 is the newest (2026-11-29 09:00
/// Beijing time) and each next one an hour older, so 100,000 articles go back to 2015 and no two share a time.
/// </summary>
public static class PortalArticlesSeed
{
    public const string Mode = "seed-portal-articles";
    public const int ArticlesPerFile = 20_000;
    private const string SiteCode = "431202001";

    private static readonly DateTime Newest = new(2026, 11, 29, 1, 0, 0, DateTimeKind.Utc);

    private static readonly string[] Agencies = ["城中街道办事处", "城中街道党工委", "城中街道便民服务中心", "城中街道社会事务办", "城中街道综合行政执法队"];

    private static readonly string[] Topics = ["综合政务", "城乡建设、环境保护", "卫生、体育", "劳动、人事、监察", "民政、扶贫、救灾", "公安、安全、司法"];

    private static readonly string[] Subjects =
    [
        "春季森林防火工作", "城乡居民医疗保险集中参保", "燃气安全专项整治", "汛期地质灾害防治", "老旧小区改造", "年度征兵报名",
        "重点人群免费健康体检", "耕地地力保护补贴发放", "文明城市创建", "居民自建房安全排查", "消防安全大检查", "生活垃圾分类",
        "河长制巡河", "校园周边食品安全检查", "退役军人走访慰问", "防范电信网络诈骗宣传", "残疾人两项补贴审核", "背街小巷雨污分流改造",
        "安全生产月活动", "高温天气防暑降温", "秋冬季人居环境整治", "政务服务“一窗受理”改革",
    ];

    private static readonly string[] Paragraphs =
    [
        "各社区成立工作专班，明确一名负责人，逐户排查登记，建立问题清单、责任清单和整改清单，做到底数清、情况明、措施实。",
        "街道组织人员分片包干，对辖区沿街门店、农贸市场、学校周边和居民小区开展全覆盖检查，发现问题当场交办、限期整改。",
        "符合条件的居民可持身份证、户口簿到街道便民服务中心窗口办理，也可通过“湘易办”移动端在线申请，办理进度实时可查。",
        "各单位通过社区公告栏、微信群、入户走访等方式加强宣传引导，把政策讲清楚、把流程讲明白，确保群众应知尽知。",
        "对工作中发现的困难群众，及时纳入帮扶台账，落实一户一策，做到早发现、早介入、早帮扶，坚决防止返贫致贫。",
        "街道纪工委对各社区工作落实情况开展督查，对推进不力、敷衍塞责的，依规依纪严肃追究相关人员责任。",
        "所需经费由街道财政统筹安排，专款专用，各社区严格执行财务制度，按时报送资金使用情况和工作台账。",
    ];

    /// <summary>Writes <paramref name="count"/> articles to recipe files in <paramref name="directory"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(string directory, int count)
    {
        Directory.CreateDirectory(directory);
        var files = new List<string>();
        for (var first = 0; first < count; first += ArticlesPerFile)
        {
            var path = Path.Combine(directory, $"portal-articles-{files.Count + 1:D2}.recipe.json");
            WriteRecipe(path, Enumerable.Range(first, Math.Min(ArticlesPerFile, count - first)).Select(Create));
            files.Add(path);
        }

        return files;
    }

    /// <summary>Published article <paramref name="n"/> of the 工作动态 column (the same text each time, new ids).</summary>
    public static ContentItem Create(int n)
    {
        var published = Newest.AddHours(-n);
        var day = DateOnly.FromDateTime(published.AddHours(8));
        var subject = Subjects[n % Subjects.Length];
        var agency = Agencies[n % Agencies.Length];
        var title = (n % 4) switch
        {
            0 => $"城中街道扎实推进{subject}",
            1 => $"城中街道召开{subject}工作推进会",
            2 => $"{agency}关于{subject}情况的通报（第{n % 12 + 1}期）",
            _ => $"{day.Year}年城中街道{subject}工作取得阶段性成效",
        };
        var item = ArticleContent.ToContentItem(new Article
        {
            ContentItemId = ContentItemIdGenerator.NewId(published),
            Title = title,
            Body = Body(n, subject, agency, day),
            ColumnId = "col-gzdt",
            IndexNumber = $"{SiteCode}/{day.Year}-{n:D6}",
            IssuingBody = agency,
            WrittenOn = day,
            PublishedOn = day,
            FormedOn = day,
            DocumentNumber = n % 5 == 0 ? $"城中街办发〔{day.Year}〕{n % 300 + 1}号" : "",
            Topic = Topics[n % Topics.Length],
        });
        item.ContentItemVersionId = ContentItemIdGenerator.NewId(published);
        item.Latest = item.Published = true;
        item.CreatedUtc = published.AddMinutes(-30);
        item.ModifiedUtc = item.PublishedUtc = published;
        item.Owner = item.Author = "chengzhong-editor";
        return item;
    }

    private static string Body(int n, string subject, string agency, DateOnly day)
    {
        var html = new StringBuilder(1400);
        html.Append($"<p>{day:M月d日}，城中街道召开{subject}专题会议，传达学习上级有关文件精神，安排部署下一阶段重点工作。</p>");
        for (var i = 0; i < 4; i++)
        {
            html.Append($"<p>{Paragraphs[(n + i * 3) % Paragraphs.Length]}</p>");
        }

        html.Append($"<p>下一步，街道将持续跟踪{subject}进展情况，定期通报，确保各项措施落到实处。</p>");
        html.Append($"<p>（{agency} 供稿，联系电话：0745-22{n % 100_000:D5}）</p>");
        return html.ToString();
    }

    private static void WriteRecipe(string path, IEnumerable<ContentItem> articles)
    {
        using var file = File.Create(path);
        using var json = new Utf8JsonWriter(file, new JsonWriterOptions { Encoder = ContentItemJson.Options.Encoder });
        json.WriteStartObject();
        json.WriteString("name", Path.GetFileName(path).Replace(".recipe.json", ""));
        json.WriteString("displayName", "城中街道 工作动态（性能测试数据）");
        json.WriteStartArray("steps");
        json.WriteStartObject();
        json.WriteString("name", "content");
        json.WriteStartArray("data");
        foreach (var article in articles)
        {
            JsonSerializer.Serialize(json, article, ContentItemJson.Options);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
