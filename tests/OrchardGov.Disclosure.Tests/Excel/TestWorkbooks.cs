using System.IO.Compression;
using MiniExcelLibs;
using OrchardGov.Disclosure.Excel;

namespace OrchardGov.Disclosure.Tests.Excel;

/// <summary>Workbooks as an office would type them, built cell by cell with MiniExcel.</summary>
internal static class TestWorkbooks
{
    /// <summary>A valid row of the standard table, by header; change or remove cells to make it wrong.</summary>
    public static Dictionary<string, object?> Row(string category, string item, string method = "主动") => new()
    {
        ["序号"] = null, ["一级事项"] = category, ["二级事项"] = item, ["公开内容(要素)"] = "服务对象、服务内容", ["公开依据"] = "《政府信息公开条例》",
        ["公开时限"] = "自信息形成或者变更之日起20个工作日内", ["公开主体"] = "乡镇人民政府", ["公开渠道和载体"] = "■政府网站", ["公开对象"] = "全社会",
        ["公开方式"] = method, ["公开层级"] = "乡级", ["责任科室"] = "党政办", ["责任人"] = "李四", ["不予公开理由"] = "", ["来源"] = "",
    };

    /// <summary>The row with one cell changed.</summary>
    public static Dictionary<string, object?> With(this Dictionary<string, object?> row, string header, object? value)
    {
        row[header] = value;
        return row;
    }

    /// <summary>A sheet whose first row is the standard header, then the given rows (null for an empty row).</summary>
    public static (string Name, object?[][] Rows) Table(string name, params Dictionary<string, object?>?[] rows) =>
        Sheet(name, [.. CatalogTableLayout.Headers], [.. rows.Select(r => CatalogTableLayout.Headers.Select(h => r?.GetValueOrDefault(h)).ToArray())]);

    /// <summary>A sheet of the given header row and rows.</summary>
    public static (string Name, object?[][] Rows) Sheet(string name, object?[] header, params object?[][] rows) => (name, [header, .. rows]);

    /// <summary>The workbook, read to its start; cells that are merged in <paramref name="merged"/> keep only their first value, as in Excel.</summary>
    public static MemoryStream Build(IEnumerable<(string Name, object?[][] Rows)> sheets, params string[] merged)
    {
        var stream = new MemoryStream();
        var workbook = sheets.ToDictionary(s => s.Name, s => (object)Cells(s.Rows));
        stream.SaveAs(workbook, printHeader: false, excelType: ExcelType.XLSX);
        if (merged.Length > 0)
        {
            MergeOnFirstSheet(stream, merged);
        }

        stream.Position = 0;
        return stream;
    }

    public static MemoryStream Build(params (string Name, object?[][] Rows)[] sheets) => Build(sheets, merged: []);

    /// <summary>The sheet's rows as MiniExcel reads them raw (keys "A", "B", ...).</summary>
    public static List<IDictionary<string, object?>> Raw(Stream workbook, string sheet)
    {
        workbook.Position = 0;
        return workbook.Query(useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();
    }

    // Every row gets the same keys, so MiniExcel writes each value in its column.
    private static List<Dictionary<string, object?>> Cells(object?[][] rows)
    {
        var width = rows.Max(r => r.Length);
        return rows.Select(r => Enumerable.Range(0, width).ToDictionary(i => $"c{i}", i => i < r.Length ? r[i] : null)).ToList();
    }

    // MiniExcel cannot merge cells when it writes, so the merge is added to the sheet's XML afterwards.
    private static void MergeOnFirstSheet(MemoryStream stream, string[] ranges)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true);
        var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        var merges = $"<x:mergeCells count=\"{ranges.Length}\">{string.Concat(ranges.Select(r => $"<x:mergeCell ref=\"{r}\"/>"))}</x:mergeCells>";
        Assert.Contains("</x:sheetData>", xml);
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
        writer.Write(xml.Replace("</x:sheetData>", "</x:sheetData>" + merges));
    }
}
