using MiniExcelLibs;
using OrchardGov.Disclosure.Models;
using static OrchardGov.Disclosure.Excel.CatalogTableLayout;

namespace OrchardGov.Disclosure.Excel;

/// <summary>
/// Writes and reads a catalog as an Excel workbook in the standard table layout, one worksheet per domain.
/// Reading checks every row and reports every problem at once, with its sheet and row number as Excel shows
/// them; a workbook with any problem gives no rows at all.
/// </summary>
public static class CatalogWorkbook
{
    public static void Write(Stream output, IReadOnlyList<CatalogSheet> sheets)
    {
        var workbook = new Dictionary<string, object>();
        foreach (var sheet in sheets)
        {
            workbook[sheet.DomainName] = sheet.Entries.Select((entry, i) => Row(entry, i + 1)).ToList();
        }

        output.SaveAs(workbook, printHeader: true, excelType: ExcelType.XLSX);
    }

    public static IReadOnlyList<CatalogSheet> Read(Stream input)
    {
        using var copy = new MemoryStream();
        input.CopyTo(copy);
        List<string> names;
        try
        {
            copy.Position = 0;
            names = MiniExcel.GetSheetNames(copy);
        }
        catch (Exception error) when (error is InvalidDataException or InvalidOperationException or IOException or FormatException or NotSupportedException)
        {
            throw new CatalogWorkbookException(["文件不是有效的 Excel 工作簿（.xlsx），请在 Excel 或 WPS 中另存为 .xlsx 后再导入。"]);
        }

        var problems = new List<string>();
        var sheets = new List<CatalogSheet>();
        foreach (var name in names)
        {
            copy.Position = 0;
            var rows = MiniExcel.Query(copy, useHeaderRow: false, sheetName: name, excelType: ExcelType.XLSX)
                .Cast<IDictionary<string, object?>>().ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            var sheet = CatalogSheetReader.Read(name, rows, problems.Add);
            if (sheet is not null)
            {
                sheets.Add(sheet);
            }
        }

        if (problems.Count == 0 && sheets.Count == 0)
        {
            problems.Add($"工作簿中没有目录工作表：第一行应为表头 {string.Join("、", Headers)}。");
        }

        return problems.Count > 0 ? throw new CatalogWorkbookException(problems) : sheets;
    }

    private static Dictionary<string, object> Row(CatalogEntry entry, int number)
    {
        var chosen = entry.Channels.ToHashSet(StringComparer.Ordinal);
        return new Dictionary<string, object>
        {
            [NumberColumn] = number,
            [CategoryColumn] = entry.Category,
            [ItemColumn] = entry.Item,
            [ElementsColumn] = entry.Elements,
            [LegalBasisColumn] = entry.LegalBasis,
            [TimeLimitColumn] = entry.TimeLimit,
            [ResponsibleBodyColumn] = entry.ResponsibleBody,
            [ChannelsColumn] = string.Join("\n", DisclosureChannels.All.Select(c => (chosen.Contains(c) ? Chosen : NotChosen) + c)),
            [AudienceColumn] = ChineseLabels.Of(entry.Audience),
            [MethodColumn] = ChineseLabels.Of(entry.Method),
            [LevelsColumn] = ChineseLabels.Of(entry.Levels),
            [ResponsibleUnitColumn] = entry.ResponsibleUnit,
            [ResponsiblePersonColumn] = entry.ResponsiblePerson,
            [WithheldReasonColumn] = entry.WithheldReason,
            [SourceColumn] = entry.Source,
        };
    }
}
