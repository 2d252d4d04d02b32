using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Review;

namespace OrchardGov.Disclosure.Tests.Services.Review;

/// <summary>A small submitted catalog of a township: two domains, three entries, as a reviewer would receive it.</summary>
internal static class TestCatalogVersions
{
    public static readonly DomainState Health = new("health", "医疗卫生", false, "");
    public static readonly DomainState Tourism = new("tourism", "旅游", false, "");

    public static readonly CatalogEntry Vaccination = new()
    {
        ContentItemId = "ce-vaccination", Domain = "health", Category = "公共卫生服务事项", Item = "预防接种",
        Elements = "接种单位名称、地址、服务时间", LegalBasis = "《中华人民共和国疫苗管理法》",
        TimeLimit = "自信息形成或者变更之日起20个工作日内", ResponsibleBody = "乡镇人民政府",
        Channels = ["政府网站", "政务服务中心", "社区/企事业单位/村公示栏(电子屏)"], Audience = Audience.Public,
        Method = DisclosureMethod.Proactive, Levels = [DisclosureLevel.County, DisclosureLevel.Township],
        ResponsibleUnit = "社会事务办", ResponsiblePerson = "张敏", ColumnId = "ci-vaccination", Source = "国家卫健委标准目录", Order = 1,
    };

    public static readonly CatalogEntry HealthEducation = Vaccination with
    {
        ContentItemId = "ce-health-education", Item = "健康教育", Elements = "健康教育活动信息", ColumnId = "ci-health-education", Order = 2,
    };

    public static readonly CatalogEntry ScenicSpots = new()
    {
        ContentItemId = "ce-scenic-spots", Domain = "tourism", Category = "旅游景区", Item = "A级景区名录",
        Elements = "景区名称、等级", TimeLimit = "自信息形成或者变更之日起20个工作日内", Channels = ["政府网站"],
        Method = DisclosureMethod.Proactive, Levels = [DisclosureLevel.Township], ResponsibleUnit = "经济发展办", Order = 1,
    };

    public static CatalogSnapshot Submitted() => new() { Domains = [Health, Tourism], Entries = [Vaccination, HealthEducation, ScenicSpots] };
}
