using OrchardGov.Disclosure.Excel;
using OrchardGov.Disclosure.Models;
using static OrchardGov.Disclosure.Tests.Excel.TestWorkbooks;

namespace OrchardGov.Disclosure.Tests.Excel;

/// <summary>Catalogs as offices type them, which differ from what we write in ways that do not matter.</summary>
public sealed class CatalogWorkbookReadingTests
{
    [Fact]
    public void Columns_in_another_order_with_full_width_brackets_and_extra_columns_are_read_by_their_header()
    {
        object?[] header = ["备注", " 二级事项 ", "一级事项", "公开内容（要素）", "公开方式", "公开层级", "公开对象", "公开渠道\n和载体", "公开依据", "公开时限",
            "公开主体", "责任科室", "责任人", "不予公开理由", "来源"];
        var workbook = Build(Sheet("医疗卫生", header,
            ["本镇新增", "乡村医生名单", "公共卫生服务事项", "姓名、执业地点", "主动公开", "县、乡镇", "特定群众", "政府网站、两微一端", "", "", "", "", "", "", ""]));

        var entry = CatalogWorkbook.Read(workbook).Single().Entries.Single();

        Assert.Equal(("公共卫生服务事项", "乡村医生名单", "姓名、执业地点"), (entry.Category, entry.Item, entry.Elements));
        Assert.Equal((DisclosureMethod.Proactive, Audience.SpecificGroup), (entry.Method, entry.Audience));
        Assert.Equal([DisclosureLevel.County, DisclosureLevel.Township], entry.Levels);
        Assert.Equal(["政府网站", "两微一端"], entry.Channels);
    }

    [Fact]
    public void Cells_are_trimmed_and_numbers_typed_into_text_columns_read_as_their_digits()
    {
        var workbook = Build(Table("医疗卫生",
            Row("  公共卫生服务事项 ", "预防接种\n").With("责任人", 13800138000L).With("公开时限", 20).With("序号", "3")));

        var entry = CatalogWorkbook.Read(workbook).Single().Entries.Single();

        Assert.Equal(("公共卫生服务事项", "预防接种"), (entry.Category, entry.Item));
        Assert.Equal(("13800138000", "20", 3), (entry.ResponsiblePerson, entry.TimeLimit, entry.Order));
    }

    [Fact]
    public void Empty_rows_and_template_rows_with_only_a_serial_number_are_skipped_and_later_rows_keep_their_excel_row_number()
    {
        var workbook = Build(Table("医疗卫生",
            Row("公共卫生服务事项", "预防接种"), null, new Dictionary<string, object?> { ["序号"] = 2, ["公开渠道和载体"] = " " },
            Row("公共卫生服务事项", "健康教育", "主动公开吧")));

        var error = Assert.Throws<CatalogWorkbookException>(() => CatalogWorkbook.Read(workbook));

        Assert.StartsWith("工作表“医疗卫生”第5行：公开方式“主动公开吧”无法识别", Assert.Single(error.Problems));
    }

    [Fact]
    public void An_empty_serial_number_takes_the_position_of_the_row_among_the_entries()
    {
        var workbook = Build(Table("医疗卫生",
            Row("公共卫生服务事项", "预防接种").With("序号", 1), null, Row("公共卫生服务事项", "健康教育"), Row("公共卫生服务事项", "家庭医生签约")));

        Assert.Equal([1, 2, 3], CatalogWorkbook.Read(workbook).Single().Entries.Select(e => e.Order));
    }

    [Theory]
    [InlineData("■政府网站\n□政府公报\n■两微一端\n□其他")]
    [InlineData("☑政府网站 ☐政府公报 ☑两微一端")]
    [InlineData("√政府网站□政府公报√两微一端□其他")]
    [InlineData("政府网站、两微一端")]
    [InlineData("两微一端，政府网站")]
    public void Channels_ticked_with_any_usual_mark_or_listed_plainly_are_read_in_table_order(string cell)
    {
        var workbook = Build(Table("医疗卫生", Row("公共卫生服务事项", "预防接种").With("公开渠道和载体", cell)));

        Assert.Equal(["政府网站", "两微一端"], CatalogWorkbook.Read(workbook).Single().Entries.Single().Channels);
    }

    [Fact]
    public void A_channel_name_typed_with_full_width_brackets_is_the_standard_channel()
    {
        var workbook = Build(Table("医疗卫生", Row("公共卫生服务事项", "预防接种").With("公开渠道和载体", "■社区/企事业单位/村公示栏（电子屏）\n□其他")));

        Assert.Equal(["社区/企事业单位/村公示栏(电子屏)"], CatalogWorkbook.Read(workbook).Single().Entries.Single().Channels);
    }

    [Fact]
    public void A_channel_without_a_box_in_a_list_of_boxes_is_a_problem_rather_than_a_guess()
    {
        var workbook = Build(Table("医疗卫生", Row("公共卫生服务事项", "预防接种").With("公开渠道和载体", "■政府网站\n其他")));

        var error = Assert.Throws<CatalogWorkbookException>(() => CatalogWorkbook.Read(workbook));

        Assert.Equal("工作表“医疗卫生”第2行：公开渠道“其他”前没有■或□，无法判断是否选中。", Assert.Single(error.Problems));
    }

    [Fact]
    public void A_category_cell_merged_over_several_rows_belongs_to_each_of_them()
    {
        var workbook = Build(
            [Table("医疗卫生", Row("公共卫生服务事项", "预防接种"), Row("", "健康教育"), Row("", "家庭医生签约"))], merged: "B2:B4");

        var entries = CatalogWorkbook.Read(workbook).Single().Entries;

        Assert.All(entries, e => Assert.Equal("公共卫生服务事项", e.Category));
        Assert.Equal(["预防接种", "健康教育", "家庭医生签约"], entries.Select(e => e.Item));
    }

    [Fact]
    public void A_title_above_the_header_and_a_notes_sheet_are_passed_over_and_rows_keep_their_excel_row_number()
    {
        var table = Table("医疗卫生", Row("公共卫生服务事项", "预防接种"), Row("公共卫生服务事项", "健康教育", "自愿"));
        var workbook = Build(
            ("医疗卫生", [["医疗卫生领域基层政务公开标准目录"], [null], .. table.Rows]),
            Sheet("未涉及领域事项说明", ["序号", "领域", "说明"], ["1", "新闻出版", "本镇无新闻出版管理职能"]));

        var error = Assert.Throws<CatalogWorkbookException>(() => CatalogWorkbook.Read(workbook));

        Assert.StartsWith("工作表“医疗卫生”第5行：公开方式“自愿”无法识别", Assert.Single(error.Problems));
    }

    [Fact]
    public void Only_sheets_with_the_catalog_header_are_read_as_domains()
    {
        var workbook = Build(
            Sheet("填写说明", ["公开方式填“主动”、“依申请”或“不予公开”。"]),
            Table("医疗卫生", Row("公共卫生服务事项", "预防接种")));

        Assert.Equal(["医疗卫生"], CatalogWorkbook.Read(workbook).Select(s => s.DomainName));
    }
}
