using MiniExcelLibs;
using OrchardGov.Disclosure.Excel;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Tests.Excel;

public sealed class CatalogWorkbookTests
{
    private static readonly CatalogEntry Vaccination = new()
    {
        Domain = "health", Category = "公共卫生服务事项", Item = "预防接种",
        Elements = "1.法律法规和政策文件 2.服务对象 3.服务机构信息", LegalBasis = "《中华人民共和国疫苗管理法》",
        TimeLimit = "自信息形成或者变更之日起20个工作日内", ResponsibleBody = "乡镇人民政府", Channels = ["政府网站", "便民服务站"],
        Audience = Audience.Public, Method = DisclosureMethod.Proactive, Levels = [DisclosureLevel.County, DisclosureLevel.Township],
        ResponsibleUnit = "社会事务综合服务中心", ResponsiblePerson = "王五", Source = "班老乡医疗卫生领域基层政务公开标准目录", Order = 1,
    };

    private static readonly CatalogEntry Secret = Vaccination with
    {
        Category = "履职依据", Item = "涉密文件", Method = DisclosureMethod.Withheld, WithheldReason = "《政府信息公开条例》第十四条", Channels = [], Order = 2,
    };

    [Fact]
    public void A_written_catalog_reads_back_entry_for_entry_with_every_element()
    {
        var sheets = new[] { new CatalogSheet("医疗卫生", [Vaccination, Secret]), new CatalogSheet("统计", [Vaccination with { Item = "统计公报" }]) };

        var read = CatalogWorkbook.Read(Written(sheets));

        Assert.Equal(["医疗卫生", "统计"], read.Select(s => s.DomainName));
        var first = read[0].Entries[0];
        Assert.Equal(Describe(Vaccination with { Domain = "" }), Describe(first));
        Assert.Equal(Describe(Secret with { Domain = "" }), Describe(read[0].Entries[1]));
        Assert.Equal("统计公报", read[1].Entries[0].Item);
    }

    [Fact]
    public void The_sheet_has_the_standard_header_and_ticks_the_channels_with_filled_and_empty_boxes()
    {
        var stream = Written([new CatalogSheet("医疗卫生", [Vaccination])]);

        var rows = stream.Query(useHeaderRow: false, sheetName: "医疗卫生").Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal(CatalogTableLayout.Headers, rows[0].Values.Select(v => v?.ToString()));
        var channels = rows[1]["H"]!.ToString()!.Split('\n');
        Assert.Equal(13, channels.Length);
        Assert.Equal("■政府网站", channels[0]);
        Assert.Equal("□政府公报", channels[1]);
        Assert.Contains("■便民服务站", channels);
    }

    [Fact]
    public void Every_bad_row_of_every_sheet_is_reported_with_its_sheet_and_row_number()
    {
        var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object>
        {
            ["医疗卫生"] = new[]
            {
                Row("公共卫生服务事项", "预防接种", "主动"),
                Row("公共卫生服务事项", "健康教育", "自愿"),
                Row("公共卫生服务事项", "预防接种", "主动"),
                Row("履职依据", "涉密文件", "不予公开"),
            },
            ["统计"] = new[] { new Dictionary<string, object> { ["一级事项"] = "统计数据", ["二级事项"] = "统计公报" } },
        });
        stream.Position = 0;

        var error = Assert.Throws<CatalogWorkbookException>(() => CatalogWorkbook.Read(stream));

        Assert.Contains("工作表“医疗卫生”第3行：公开方式“自愿”无法识别", error.Message);
        Assert.Contains("工作表“医疗卫生”第4行：事项“公共卫生服务事项 / 预防接种”与第2行重复", error.Message);
        Assert.Contains("工作表“医疗卫生”第5行：不予公开的事项须在“不予公开理由”列写明法律依据", error.Message);
        Assert.Contains("工作表“统计”缺少列：公开内容(要素)", error.Message);
        Assert.Equal(4, error.Problems.Count);
    }

    [Fact]
    public void Headers_with_full_width_brackets_and_a_plain_list_of_channels_are_understood()
    {
        var stream = new MemoryStream();
        var row = Row("公共卫生服务事项", "预防接种", "主动公开");
        row.Remove("公开内容(要素)");
        row["公开内容（要素）"] = "服务对象";
        row["公开渠道和载体"] = "政府网站、两微一端";
        stream.SaveAs(new Dictionary<string, object> { ["医疗卫生"] = new[] { row } });
        stream.Position = 0;

        var entry = CatalogWorkbook.Read(stream)[0].Entries.Single();

        Assert.Equal("服务对象", entry.Elements);
        Assert.Equal(["政府网站", "两微一端"], entry.Channels);
        Assert.Equal(DisclosureMethod.Proactive, entry.Method);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_refused_in_one_plain_sentence()
    {
        var error = Assert.Throws<CatalogWorkbookException>(() => CatalogWorkbook.Read(new MemoryStream("MZ\u0090 not a spreadsheet"u8.ToArray())));

        Assert.Contains("不是有效的 Excel 工作簿", Assert.Single(error.Problems));
    }

    private static Dictionary<string, object> Row(string category, string item, string method) => new()
    {
        ["序号"] = 1, ["一级事项"] = category, ["二级事项"] = item, ["公开内容(要素)"] = "要素", ["公开依据"] = "《条例》",
        ["公开时限"] = "20个工作日内", ["公开主体"] = "乡镇人民政府", ["公开渠道和载体"] = "■政府网站", ["公开对象"] = "全社会",
        ["公开方式"] = method, ["公开层级"] = "乡级", ["责任科室"] = "党政办", ["责任人"] = "李四",
    };

    private static MemoryStream Written(IReadOnlyList<CatalogSheet> sheets)
    {
        var stream = new MemoryStream();
        CatalogWorkbook.Write(stream, sheets);
        stream.Position = 0;
        return stream;
    }

    private static string Describe(CatalogEntry e) => string.Join("|", e.Domain, e.Category, e.Item, e.Elements, e.LegalBasis, e.TimeLimit,
        e.ResponsibleBody, string.Join("、", e.Channels), e.Audience, e.Method, e.WithheldReason, string.Join("、", e.Levels),
        e.ResponsibleUnit, e.ResponsiblePerson, e.Source, e.Order);
}
