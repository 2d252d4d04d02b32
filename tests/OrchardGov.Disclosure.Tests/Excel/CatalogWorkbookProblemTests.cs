using System.IO.Compression;
using OrchardGov.ContentManagement;
using OrchardGov.Disclosure.Excel;
using static OrchardGov.Disclosure.Tests.Excel.TestWorkbooks;

namespace OrchardGov.Disclosure.Tests.Excel;

public sealed class CatalogWorkbookProblemTests
{
    [Fact]
    public void Every_problem_of_every_sheet_is_reported_at_once_with_its_sheet_and_the_row_number_excel_shows()
    {
        var missingColumns = new object?[] { "序号", "一级事项", "二级事项", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级", "责任科室", "责任人", "不予公开理由" };
        var workbook = Build(
            Table("医疗卫生",
                Row("公共卫生服务事项", "预防接种"),
                Row("公共卫生服务事项", "传染病防治", "自愿"),
                null,
                Row("公共卫生服务事项", "预防接种"),
                Row("履职依据", "涉密文件", "不予公开"),
                Row("公共卫生服务事项", "家庭医生签约").With("公开对象", "部分群众").With("公开层级", "村级"),
                Row("公共卫生服务事项", "健康档案").With("公开渠道和载体", "■政府网站\n■微信群"),
                Row("公共卫生服务事项", "健康教育").With("公开内容(要素)", " ").With("公开层级", null)),
            Sheet("统计", missingColumns, ["1", "统计数据", "统计公报"]),
            Table("旅游", Row("法律法规", "旅游法"), Row("规划", "旅游规划").With("公开层级", "市级")));

        var error = Assert.Throws<CatalogWorkbookException>(() => CatalogWorkbook.Read(workbook));

        string[] expected =
        [
            "工作表“医疗卫生”第3行：公开方式“自愿”无法识别，应为“主动”、“依申请”或“不予公开”。",
            "工作表“医疗卫生”第5行：事项“公共卫生服务事项 / 预防接种”与第2行重复，同一领域的一级事项和二级事项不能都相同。",
            "工作表“医疗卫生”第6行：公开方式为“不予公开”的事项须在“不予公开理由”列写明理由（法律依据）。",
            "工作表“医疗卫生”第7行：公开对象“部分群众”无法识别，应为“全社会”或“特定群体”。",
            "工作表“医疗卫生”第7行：公开层级“村级”无法识别，应为“县级”或“乡级”，两级都公开时写“县级、乡级”。",
            "工作表“医疗卫生”第8行：公开渠道“微信群”不是标准渠道，应为“政府网站”、“政府公报”、“两微一端”、“发布会/听证会”、“广播电视”、“纸质媒体”、"
                + "“公开查阅点”、“政务服务中心”、“便民服务站”、“入户/现场”、“社区/企事业单位/村公示栏(电子屏)”、“精准推送”、“其他”之一。",
            "工作表“医疗卫生”第9行：公开内容(要素)、公开层级不能为空。",
            "工作表“统计”第1行的表头缺少列：公开内容(要素)、来源（列的顺序不限）。",
            "工作表“旅游”第3行：公开层级“市级”无法识别，应为“县级”或“乡级”，两级都公开时写“县级、乡级”。",
        ];
        Assert.Equal(expected, error.Problems);
        Assert.Equal(expected, error.Message.Split('\n').Skip(1));
        Assert.IsAssignableFrom<UserInputException>(error);
    }

    [Fact]
    public void A_header_row_missing_several_columns_names_each_of_them()
    {
        var workbook = Build(Sheet("医疗卫生", ["一级事项", "二级事项", "公开方式"], ["公共卫生服务事项", "预防接种", "主动"]));

        var error = Assert.Throws<CatalogWorkbookException>(() => CatalogWorkbook.Read(workbook));

        Assert.Equal("工作表“医疗卫生”第1行的表头缺少列：公开内容(要素)、公开依据、公开时限、公开主体、公开渠道和载体、公开对象、公开层级、责任科室、责任人、"
            + "不予公开理由、来源（列的顺序不限）。", Assert.Single(error.Problems));
    }

    [Theory]
    [InlineData("a CSV file")]
    [InlineData("an empty file")]
    [InlineData("an old .xls file")]
    [InlineData("a zip that is not a workbook")]
    [InlineData("a workbook cut short")]
    public void A_file_that_is_not_an_xlsx_workbook_is_refused_in_one_plain_sentence(string file)
    {
        var error = Assert.Throws<CatalogWorkbookException>(() => CatalogWorkbook.Read(new MemoryStream(Bytes(file))));

        Assert.StartsWith("文件不是有效的 Excel 工作簿（.xlsx）", Assert.Single(error.Problems));
    }

    [Fact]
    public void A_workbook_where_no_sheet_has_the_catalog_header_is_refused_naming_its_sheets()
    {
        var workbook = Build(
            Sheet("填写说明", ["请按标准目录填写。"], ["公开方式填“主动”、“依申请”或“不予公开”。"]),
            Sheet("Sheet2", [null]));

        var error = Assert.Throws<CatalogWorkbookException>(() => CatalogWorkbook.Read(workbook));

        Assert.StartsWith("工作簿中没有目录表：工作表“填写说明”、“Sheet2”都没有表头。每个领域一个工作表，以领域名称命名，第1行为表头：序号、一级事项、",
            Assert.Single(error.Problems));
    }

    private static byte[] Bytes(string file)
    {
        switch (file)
        {
            case "a CSV file":
                return "序号,一级事项,二级事项\n1,公共卫生服务事项,预防接种\n"u8.ToArray();
            case "an empty file":
                return [];
            case "an old .xls file":
                return [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
            case "a zip that is not a workbook":
                var zip = new MemoryStream();
                using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
                using (var writer = new StreamWriter(archive.CreateEntry("word/document.xml").Open()))
                {
                    writer.Write("<document/>");
                }

                return zip.ToArray();
            default:
                return Build(Table("医疗卫生", Row("公共卫生服务事项", "预防接种"))).ToArray()[..300];
        }
    }
}
