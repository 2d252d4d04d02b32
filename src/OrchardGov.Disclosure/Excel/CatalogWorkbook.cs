using System.Data;
using System.Xml;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using OrchardGov.ContentManagement;
using OrchardGov.Disclosure.Models;
using static OrchardGov.Disclosure.Excel.CatalogTableLayout;

namespace OrchardGov.Disclosure.Excel;

/// <summary>
/// Writes and reads a catalog as an Excel workbook in the standard table layout, one worksheet per domain named
/// after it. Reading checks every sheet and row and reports every problem at once, with its sheet and the row
/// number Excel shows; a workbook with any problem gives no rows at all.
/// </summary>
public static class CatalogWorkbook
{
    private const int SheetNameLength = 31;
    private static readonly char[] SheetNameForbidden = [':', '\\', '/', '?', '*', '[', ']'];

    public static void Write(Stream output, IReadOnlyList<CatalogSheet> sheets)
    {
        CheckSheetNames(sheets);
        var workbook = sheets.ToDictionary(sheet => sheet.DomainName, sheet => (object)Table(sheet.Entries));
        output.SaveAs(workbook, printHeader: true, excelType: ExcelType.XLSX, configuration: new OpenXmlConfiguration
        {
            // Wrapping shows the ■/□ boxes one a line, as offices lay them out.
            StyleOptions = new OpenXmlStyleOptions { WrapCellContents = true, VerticalAlignment = VerticalCellAlignment.Top },
            FreezeRowCount = 1,
            DynamicColumns = Headers.Select(h => new DynamicExcelColumn(h) { Width = Widths[h] }).ToArray(),
        });
    }

    public static IReadOnlyList<CatalogSheet> Read(Stream input)
    {
        var problems = new List<string>();
        var sheets = new List<CatalogSheet>();
        var workbook = Load(input);
        foreach (var (name, rows) in workbook)
        {
            if (CatalogHeader.Find(rows) is not { } header)
            {
                continue;
            }

            if (header.Missing is { Count: > 0 } missing)
            {
                problems.Add($"工作表“{name}”第{header.Index + 1}行的表头缺少列：{string.Join("、", missing)}（列的顺序不限）。");
            }
            else if (sheets.Any(s => s.DomainName == name))
            {
                problems.Add($"工作表“{name}”出现了两次：每个领域只能有一个工作表。");
            }
            else
            {
                sheets.Add(CatalogSheetReader.Read(name, header, rows, problems.Add));
            }
        }

        if (sheets.Count == 0 && problems.Count == 0)
        {
            problems.Add($"工作簿中没有目录表：工作表{string.Join("、", workbook.Select(s => $"“{s.Name}”"))}都没有表头。"
                + $"每个领域一个工作表，以领域名称命名，第1行为表头：{string.Join("、", Headers)}。");
        }

        return problems.Count > 0 ? throw new CatalogWorkbookException(problems) : sheets;
    }

    /// <summary>Every sheet's rows as Excel numbers them (merged cells repeat their value), or one problem if the file is no workbook.</summary>
    private static List<(string Name, List<IDictionary<string, object?>> Rows)> Load(Stream input)
    {
        using var copy = new MemoryStream();
        input.CopyTo(copy);
        try
        {
            copy.Position = 0;
            return MiniExcel.GetSheetNames(copy).Select(name =>
            {
                copy.Position = 0;
                var rows = copy.Query(useHeaderRow: false, sheetName: name, excelType: ExcelType.XLSX,
                    configuration: new OpenXmlConfiguration { FillMergedCells = true });
                return (name.Trim(), rows.Cast<IDictionary<string, object?>>().ToList());
            }).ToList();
        }
        catch (Exception error) when (error is InvalidDataException or InvalidOperationException or XmlException or IOException
            or FormatException or NotSupportedException or ArgumentException or KeyNotFoundException or IndexOutOfRangeException)
        {
            throw new CatalogWorkbookException(
                ["文件不是有效的 Excel 工作簿（.xlsx）。如果它是 .xls、.csv 或 WPS 格式，请在 Excel 或 WPS 中另存为 .xlsx 后再导入。"]);
        }
    }

    private static DataTable Table(IReadOnlyList<CatalogEntry> entries)
    {
        var table = new DataTable();
        foreach (var header in Headers)
        {
            table.Columns.Add(header, typeof(object));
        }

        foreach (var entry in entries)
        {
            var row = table.NewRow();
            row[NumberColumn] = table.Rows.Count + 1;
            row[CategoryColumn] = entry.Category;
            row[ItemColumn] = entry.Item;
            row[ElementsColumn] = entry.Elements;
            row[LegalBasisColumn] = entry.LegalBasis;
            row[TimeLimitColumn] = entry.TimeLimit;
            row[ResponsibleBodyColumn] = entry.ResponsibleBody;
            row[ChannelsColumn] = ChannelCell.Write(entry.Channels);
            row[AudienceColumn] = ChineseLabels.Of(entry.Audience);
            row[MethodColumn] = ChineseLabels.Of(entry.Method);
            row[LevelsColumn] = ChineseLabels.Of(entry.Levels);
            row[ResponsibleUnitColumn] = entry.ResponsibleUnit;
            row[ResponsiblePersonColumn] = entry.ResponsiblePerson;
            row[WithheldReasonColumn] = entry.WithheldReason;
            row[SourceColumn] = entry.Source;
            table.Rows.Add(row);
        }

        return table;
    }

    // MiniExcel writes any name, but Excel refuses to open a workbook whose sheet names break its rules.
    private static void CheckSheetNames(IReadOnlyList<CatalogSheet> sheets)
    {
        var problems = sheets.Select(s => s.DomainName).Where(name => name.Trim().Length == 0 || name.Length > SheetNameLength
                || name.IndexOfAny(SheetNameForbidden) >= 0 || name.StartsWith('\'') || name.EndsWith('\''))
            .Select(name => $"领域名称“{name}”不能用作工作表名称：Excel 的工作表名称须为1至{SheetNameLength}个字符，不含 : \\ / ? * [ ]，不以 ' 开头或结尾。")
            .Concat(sheets.GroupBy(s => s.DomainName.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
                .Select(g => $"有 {g.Count()} 个领域都叫“{g.Key}”，工作表名称不能重复。"))
            .ToList();
        if (sheets.Count == 0)
        {
            problems.Add("没有领域可导出：工作簿至少要有一个工作表。");
        }

        if (problems.Count > 0)
        {
            throw new UserInputException($"无法导出目录，请先在领域设置中改正：\n{string.Join("\n", problems)}");
        }
    }
}
