using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services;

/// <summary>
/// The columns every disclosure site starts with: the 政府信息公开 platform (国办公开办函〔2019〕61号 asks for one
/// unified 政府信息公开 column holding the guide, the rules, the statutory proactive content and the annual reports;
/// here it also holds the standard catalog and 依申请公开), and the common news and notice columns.
/// </summary>
public static class StandardColumns
{
    public const string DisclosureRootId = "col-zfxxgk";
    public const string CatalogRootId = "col-zfxxgk-bzml";

    public static IReadOnlyList<Column> All { get; } =
    [
        new() { ContentItemId = DisclosureRootId, Title = "政府信息公开", Slug = "zfxxgk", Order = 1, Kind = ColumnKind.List },
        new()
        {
            ContentItemId = "col-zfxxgk-gkzn", ParentId = DisclosureRootId, Title = "政府信息公开指南", Slug = "gkzn", Order = 1,
            Kind = ColumnKind.SinglePage, Body = GuideText,
        },
        new()
        {
            ContentItemId = "col-zfxxgk-gkzd", ParentId = DisclosureRootId, Title = "政府信息公开制度", Slug = "gkzd", Order = 2,
            Kind = ColumnKind.List, Freshness = FreshnessClass.NoticesAndPolicies,
        },
        new()
        {
            ContentItemId = "col-zfxxgk-fdzdgknr", ParentId = DisclosureRootId, Title = "法定主动公开内容", Slug = "fdzdgknr", Order = 3,
            Kind = ColumnKind.List, Freshness = FreshnessClass.NoticesAndPolicies,
        },
        new()
        {
            ContentItemId = CatalogRootId, ParentId = DisclosureRootId, Title = "政务公开事项标准目录", Slug = "bzml", Order = 4,
            Kind = ColumnKind.CatalogView,
        },
        new() { ContentItemId = "col-zfxxgk-gknb", ParentId = DisclosureRootId, Title = "政府信息公开年报", Slug = "gknb", Order = 5, Kind = ColumnKind.List },
        new()
        {
            ContentItemId = "col-zfxxgk-ysqgk", ParentId = DisclosureRootId, Title = "依申请公开", Slug = "ysqgk", Order = 6,
            Kind = ColumnKind.SinglePage, Body = OnRequestText,
        },
        new() { ContentItemId = "col-gzdt", Title = "工作动态", Slug = "gzdt", Order = 2, Kind = ColumnKind.List, Freshness = FreshnessClass.News },
        new()
        {
            ContentItemId = "col-tzgg", Title = "通知公告", Slug = "tzgg", Order = 3, Kind = ColumnKind.List,
            Freshness = FreshnessClass.NoticesAndPolicies,
        },
    ];

    // What 《政府信息公开条例》 art. 19–20 and 61号 ask a guide to cover; the office fills in its own details.
    private const string GuideText =
        "<p>为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。</p>"
        + "<h2>一、主动公开</h2><p>主动公开的政府信息按照《政务公开事项标准目录》分类编排，在本网站“政府信息公开”栏目发布，"
        + "一般自信息形成或者变更之日起20个工作日内公开。</p>"
        + "<h2>二、依申请公开</h2><p>公民、法人或者其他组织可以向本机关申请获取相关政府信息，申请方式与处理时限见“依申请公开”栏目。</p>"
        + "<h2>三、政府信息公开工作机构</h2><p>本机关政府信息公开工作机构的名称、办公地址、办公时间、联系电话、传真和电子邮箱，以本栏目公布的为准。</p>"
        + "<h2>四、监督方式</h2><p>公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以依法申请行政复议或者提起行政诉讼。</p>";

    private const string OnRequestText =
        "<p>公民、法人或者其他组织可以通过书面形式（包括数据电文形式）向本机关申请获取政府信息。</p>"
        + "<p>能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起20个工作日内予以答复；需要延长答复期限的，"
        + "经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过20个工作日（《中华人民共和国政府信息公开条例》第三十三条）。</p>";
}
