using System.Text;
using System.Text.Json.Nodes;
using OrchardGov.ContentManagement.ContentItems;

namespace OrchardGov.Benchmarks;

/// <summary>
/// A published article of a township site (城中街道, 431202001), as its information disclosure pages carry
/// them: a title, about 1 KB of HTML and the document's agency, date, number and index number. Article
/// <c>n</c> is always the same text; only its ids are new each time.
/// </summary>
public static class TownshipArticle
{
    public const string ContentType = "Article";
    public const string SiteCode = "431202001";

    private static readonly DateTime FirstDay = new(2016, 1, 4, 1, 30, 0, DateTimeKind.Utc);

    private static readonly string[] Agencies =
        ["城中街道办事处", "城中街道党工委", "城中街道便民服务中心", "城中街道社会事务办", "城中街道综合行政执法队", "城中街道社区卫生服务中心"];

    private static readonly string[] Topics =
    [
        "做好春季森林防火工作", "开展城乡居民医疗保险集中参保", "调整城乡居民最低生活保障标准", "开展燃气安全专项整治",
        "加强汛期地质灾害防治", "推进老旧小区改造", "做好年度征兵报名", "组织重点人群免费健康体检",
        "发放耕地地力保护补贴", "深化文明城市创建", "规范居民自建房管理", "开展消防安全大检查",
        "推进生活垃圾分类", "落实河长制巡河", "开展校园周边食品安全检查", "走访慰问退役军人",
        "防范电信网络诈骗", "办理残疾人两项补贴", "实施背街小巷雨污分流改造", "开展安全生产月活动",
        "做好高温天气防暑降温", "开展秋冬季人居环境整治", "推行政务服务“一窗受理”",
    ];

    private static readonly string[] Paragraphs =
    [
        "各社区要成立工作专班，明确一名负责人，逐户排查登记，建立问题清单、责任清单和整改清单，做到底数清、情况明、措施实。",
        "街道将组织人员分片包干，对辖区沿街门店、农贸市场、学校周边和居民小区开展全覆盖检查，发现问题当场交办、限期整改。",
        "符合条件的居民可持身份证、户口簿到街道便民服务中心窗口办理，也可通过“湘易办”移动端在线申请，办理进度实时可查。",
        "各单位要加强宣传引导，通过社区公告栏、微信群、入户走访等方式，把政策讲清楚、把流程讲明白，确保群众应知尽知。",
        "对工作中发现的困难群众，要及时纳入帮扶台账，落实一户一策，做到早发现、早介入、早帮扶，坚决防止返贫致贫。",
        "街道纪工委将对各社区工作落实情况进行督查，对工作推进不力、敷衍塞责的，依规依纪严肃追究相关人员责任。",
        "本次工作所需经费由街道财政统筹安排，专款专用，各社区要严格执行财务制度，按时报送资金使用情况和工作台账。",
    ];

    private static readonly string[] Headings = ["一、工作目标", "二、主要任务", "三、办理方式", "四、工作要求"];

    public static ContentItem Create(int n)
    {
        var issued = FirstDay.AddHours(n * 4.5);
        var agency = Agencies[n % Agencies.Length];
        var topic = Topics[n % Topics.Length];
        var title = (n % 4) switch
        {
            0 => $"关于{topic}的通知",
            1 => $"城中街道{issued.Year}年{topic}工作方案",
            2 => $"关于{topic}情况的通报（第{n % 12 + 1}期）",
            _ => $"{agency}关于{topic}的公告",
        };
        var item = new ContentItem
        {
            ContentItemId = ContentItemIdGenerator.NewId(issued),
            ContentItemVersionId = ContentItemIdGenerator.NewId(issued),
            ContentType = ContentType,
            DisplayText = title,
            Latest = true,
            Published = true,
            CreatedUtc = issued,
            ModifiedUtc = issued.AddMinutes(20),
            PublishedUtc = issued.AddMinutes(20),
            Owner = "4y0x3jkrtm5vqb6ec2n8a1dsfw",
            Author = "chengzhong-editor",
        };
        item.Parts["TitlePart"] = new JsonObject { ["Title"] = title };
        item.Parts["HtmlBodyPart"] = new JsonObject { ["Html"] = Body(n, topic, agency, issued) };
        item.Parts[ContentType] = new JsonObject
        {
            ["发布机构"] = new JsonObject { ["Text"] = agency },
            ["成文日期"] = new JsonObject { ["Value"] = issued.Date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'") },
            ["文号"] = new JsonObject { ["Text"] = $"城中街办发〔{issued.Year}〕{n % 300 + 1}号" },
            ["索引号"] = new JsonObject { ["Text"] = $"{SiteCode}/{issued.Year}-{n + 1:D5}" },
        };
        return item;
    }

    private static string Body(int n, string topic, string agency, DateTime issued)
    {
        var html = new StringBuilder(1200);
        html.Append($"<p>各社区居委会、街道各站所：</p><p>为{topic}，切实保障辖区群众切身利益，结合我街道实际，现将有关事项通知如下。</p>");
        for (var i = 0; i < Headings.Length; i++)
        {
            html.Append($"<h3>{Headings[i]}</h3><p>{Paragraphs[(n + i * 3) % Paragraphs.Length]}</p>");
        }

        html.Append($"<p>联系电话：0745-22{n % 100_000:D5}。</p><p style=\"text-align:right\">{agency}<br>{issued:yyyy年M月d日}</p>");
        return html.ToString();
    }
}
