using OrchardGov.Disclosure.Admin.Compliance;
using OrchardGov.Disclosure.Services.Compliance.Reports;

namespace OrchardGov.Disclosure.Excel;

/// <summary>The county's compliance table as a workbook of one sheet, in the page's order, with the 合计 row last.</summary>
public static class CountyComplianceWorkbook
{
    public const string SheetName = "下级合规";

    public static void Write(Stream output, CountyComplianceReport report, IReadOnlyList<SiteComplianceSummary> rows) => ExcelSheet.Write(output,
    [
        new(SheetName, [.. CountyComplianceTable.Columns.Select(c => c.Header)],
            [.. rows.Select(row => CountyComplianceTable.Columns.Select(c => c.Cell(row)).ToList()), CountyComplianceTable.TotalCells(report)]),
    ]);
}
