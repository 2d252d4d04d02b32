using OrchardGov.Disclosure.Services.Compliance.Reports;

namespace OrchardGov.Disclosure.Admin.Compliance;

/// <summary>
/// One column of the county's compliance table: its key in <c>?sort=</c>, its header, the value a row sorts by
/// and the cell shown (a number, a percentage or words) in the page and in the workbook.
/// </summary>
public sealed record CountyTableColumn(string Key, string Header, Func<SiteComplianceSummary, IComparable> SortValue, Func<SiteComplianceSummary, object> Cell)
{
    /// <summary>The cell as the page shows it.</summary>
    public string Text(SiteComplianceSummary row) => CountyComplianceTable.Text(Cell(row));
}
