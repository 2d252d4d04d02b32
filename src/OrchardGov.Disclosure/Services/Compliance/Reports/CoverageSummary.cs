namespace OrchardGov.Disclosure.Services.Compliance.Reports;

/// <summary>
/// The site's proactive entries (主动公开, outside domains marked 未涉及): how many have a column, how many have
/// published information, and how many are overdue.
/// </summary>
public sealed record CoverageSummary(int ProactiveEntries, int WithColumn, int WithContent, int Overdue)
{
    public decimal ColumnPercent => Percent(WithColumn);

    public decimal ContentPercent => Percent(WithContent);

    private decimal Percent(int part) => ProactiveEntries == 0 ? 100m : Math.Round(100m * part / ProactiveEntries, 1);
}
