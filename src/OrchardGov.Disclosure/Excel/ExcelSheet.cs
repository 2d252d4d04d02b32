using System.Data;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace OrchardGov.Disclosure.Excel;

/// <summary>
/// A simple report worksheet: a header row and rows of values. A table (not a list of rows) keeps the header on a
/// sheet with no rows.
/// </summary>
public sealed record ExcelSheet(string Name, IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<object?>> Rows)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Write(Stream output, IReadOnlyList<ExcelSheet> sheets) =>
        output.SaveAs(sheets.ToDictionary(sheet => sheet.Name, sheet => (object)sheet.Table()), printHeader: true, excelType: ExcelType.XLSX,
            configuration: new OpenXmlConfiguration { FreezeRowCount = 1 });

    private DataTable Table()
    {
        var table = new DataTable(Name);
        foreach (var header in Headers)
        {
            table.Columns.Add(header, typeof(object));
        }

        foreach (var row in Rows)
        {
            table.Rows.Add([.. row.Select(cell => cell ?? "")]);
        }

        return table;
    }
}
