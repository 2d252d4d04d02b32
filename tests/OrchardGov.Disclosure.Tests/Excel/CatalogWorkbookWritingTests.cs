using OrchardGov.ContentManagement;
using OrchardGov.Disclosure.Excel;
using OrchardGov.Disclosure.Models;
using static OrchardGov.Disclosure.Tests.Excel.TestWorkbooks;

namespace OrchardGov.Disclosure.Tests.Excel;

public sealed class CatalogWorkbookWritingTests
{
    private static readonly CatalogEntry Vaccination = new()
    {
        ContentItemId = "4x1vaccination", Domain = "health", ColumnId = "4x1column", Category = "公共卫生服务事项", Item = "预防接种",
        Elements = "1.法律法规和政策文件\n2.服务对象\n3.服务机构信息", LegalBasis = "《中华人民共和国疫苗管理法》",
        TimeLimit = "自信息形成或者变更之日起20个工作日内", ResponsibleBody = "乡镇人民政府", Channels = ["政府网站", "便民服务站", "社区/企事业单位/村公示栏(电子屏)"],
        Audience = Audience.Public, Method = DisclosureMethod.Proactive, Levels = [DisclosureLevel.County, DisclosureLevel.Township],
        ResponsibleUnit = "社会事务综合服务中心", ResponsiblePerson = "王五", Source = "班老乡医疗卫生领域基层政务公开标准目录", Order = 1,
    };

    private static readonly CatalogEntry Secret = Vaccination with
    {
        ContentItemId = "4x1secret", ColumnId = null, Category = "履职依据", Item = "涉密文件", Channels = [], Audience = Audience.SpecificGroup,
        Method = DisclosureMethod.Withheld, WithheldReason = "《政府信息公开条例》第十四条", Levels = [DisclosureLevel.Township], Source = "", Order = 2,
    };

    private static readonly CatalogEntry Bulletin = Vaccination with
    {
        ContentItemId = "4x1bulletin", Domain = "statistics", Category = "统计数据", Item = "统计公报", Method = DisclosureMethod.OnRequest,
        Channels = DisclosureChannels.All, Levels = [DisclosureLevel.County], ResponsiblePerson = "13800138000", Order = 1,
    };

    [Fact]
    public void A_written_catalog_reads_back_with_every_element_of_every_entry_on_every_sheet()
    {
        var sheets = new[] { new CatalogSheet("医疗卫生", [Vaccination, Secret]), new CatalogSheet("统计", [Bulletin]) };

        var read = CatalogWorkbook.Read(Written(sheets));

        Assert.Equal(["医疗卫生", "统计"], read.Select(s => s.DomainName));
        // The caller maps the sheet to its domain and binds columns; the file carries neither, nor content ids.
        Assert.Equal([Fields(Vaccination), Fields(Secret)], read[0].Entries.Select(Fields));
        Assert.Equal([Fields(Bulletin)], read[1].Entries.Select(Fields));
        Assert.All(read.SelectMany(s => s.Entries), e =>
        {
            Assert.Equal("", e.Domain);
            Assert.Equal("", e.ContentItemId);
            Assert.Null(e.ColumnId);
        });
    }

    [Fact]
    public void The_first_row_is_the_standard_header_and_the_channel_cell_lists_all_13_boxes_in_table_order()
    {
        var rows = Raw(Written([new CatalogSheet("医疗卫生", [Vaccination, Secret])]), "医疗卫生");

        Assert.Equal(["序号", "一级事项", "二级事项", "公开内容(要素)", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级",
            "责任科室", "责任人", "不予公开理由", "来源"], rows[0].Values.Select(v => v?.ToString()));
        Assert.Equal(
            "■政府网站\n□政府公报\n□两微一端\n□发布会/听证会\n□广播电视\n□纸质媒体\n□公开查阅点\n□政务服务中心\n■便民服务站\n□入户/现场\n"
            + "■社区/企事业单位/村公示栏(电子屏)\n□精准推送\n□其他", rows[1]["H"]);
        Assert.Equal(new object?[] { 1d, "全社会", "主动", "县级、乡级" }, new[] { rows[1]["A"], rows[1]["I"], rows[1]["J"], rows[1]["K"] });
        Assert.Equal(new object?[] { 2d, "特定群体", "不予公开", "乡级", "《政府信息公开条例》第十四条" },
            new[] { rows[2]["A"], rows[2]["I"], rows[2]["J"], rows[2]["K"], rows[2]["N"] });
    }

    [Fact]
    public void A_domain_without_entries_keeps_its_sheet_with_the_header()
    {
        var stream = Written([new CatalogSheet("医疗卫生", [Vaccination]), new CatalogSheet("新闻出版", [])]);

        Assert.Equal(CatalogTableLayout.Headers, Raw(stream, "新闻出版").Single().Values.Select(v => v?.ToString()));
        stream.Position = 0;
        Assert.Empty(CatalogWorkbook.Read(stream).Single(s => s.DomainName == "新闻出版").Entries);
    }

    [Theory]
    [InlineData("医疗/卫生")]
    [InlineData("统计[试行]")]
    [InlineData("国有土地上房屋征收与补偿领域基层政务公开标准目录（县级、乡级两级通用版本）")]
    public void A_domain_name_excel_cannot_take_as_a_sheet_name_is_refused_before_anything_is_written(string name)
    {
        var stream = new MemoryStream();

        var error = Assert.Throws<UserInputException>(() =>
            CatalogWorkbook.Write(stream, [new CatalogSheet("医疗卫生", [Vaccination]), new CatalogSheet(name, [Bulletin])]));

        Assert.Contains($"领域名称“{name}”不能用作工作表名称", error.Message);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Two_domains_of_the_same_name_are_refused_since_a_workbook_cannot_hold_two_sheets_of_one_name()
    {
        var stream = new MemoryStream();

        var error = Assert.Throws<UserInputException>(() =>
            CatalogWorkbook.Write(stream, [new CatalogSheet("医疗卫生", [Vaccination]), new CatalogSheet("医疗卫生", [Secret])]));

        Assert.Contains("有 2 个领域都叫“医疗卫生”", error.Message);
        Assert.Equal(0, stream.Length);
    }

    private static MemoryStream Written(IReadOnlyList<CatalogSheet> sheets)
    {
        var stream = new MemoryStream();
        CatalogWorkbook.Write(stream, sheets);
        stream.Position = 0;
        return stream;
    }

    // Every element a catalog file carries.
    private static string Fields(CatalogEntry e) => string.Join("|", e.Category, e.Item, e.Elements, e.LegalBasis, e.TimeLimit, e.ResponsibleBody,
        string.Join("、", e.Channels), e.Audience, e.Method, e.WithheldReason, string.Join("、", e.Levels),
        e.ResponsibleUnit, e.ResponsiblePerson, e.Source, e.Order);
}
