using OrchardGov.Disclosure.Admin.Compliance;
using OrchardGov.Disclosure.Services.Compliance;
using OrchardGov.Disclosure.Services.Compliance.Reports;

namespace OrchardGov.Web.Tests.Admin.Compliance;

/// <summary>The county table's order and 合计 row, and the charts' words, on figures made up for the purpose.</summary>
public sealed class CountyComplianceTableTests
{
    private static readonly SiteComplianceSummary Low = Row("431224100", "甲镇", entries: 10, withContent: 2, vetoed: false, daysUntilVeto: 3);
    private static readonly SiteComplianceSummary High = Row("431224101", "乙镇", entries: 40, withContent: 36, vetoed: true, daysUntilVeto: 0);
    private static readonly SiteComplianceSummary Middle = Row("431224102", "丙镇", entries: 20, withContent: 10, vetoed: false, daysUntilVeto: null);

    [Fact]
    public void Sorting_by_content_coverage_orders_the_sites_by_their_percentage_either_way()
    {
        var content = CountyComplianceTable.Find("content");

        Assert.Equal(["甲镇", "丙镇", "乙镇"], CountyComplianceTable.Sort([High, Low, Middle], content, descending: false).Select(r => r.Site.Name));
        Assert.Equal(["乙镇", "丙镇", "甲镇"], CountyComplianceTable.Sort([Low, Middle, High], content, descending: true).Select(r => r.Site.Name));
    }

    [Fact]
    public void The_veto_column_puts_vetoed_sites_first_then_the_soonest_at_risk()
    {
        var sorted = CountyComplianceTable.Sort([Middle, Low, High], CountyComplianceTable.Find("veto"), descending: false);

        Assert.Equal(["乙镇", "甲镇", "丙镇"], sorted.Select(r => r.Site.Name));
        Assert.Equal(["已触发", "还有 3 天", "—"], sorted.Select(r => CountyComplianceTable.Find("veto")!.Text(r)));
    }

    [Fact]
    public void The_total_row_adds_the_figures_and_works_coverage_out_from_the_sums()
    {
        var report = new CountyComplianceReport(new SiteRef(1, "431224", "县"), new DateOnly(2026, 3, 2), [Low, High, Middle], [], []);

        var total = CountyComplianceTable.TotalCells(report).Select(CountyComplianceTable.Text).ToList();

        Assert.Equal("合计", total[0]);
        Assert.Equal("70", total[1]);
        // (2 + 36 + 10) / 70, not the mean of the three percentages.
        Assert.Equal("68.6%", total[3]);
        Assert.Equal("1 个已触发", total[12]);
    }

    [Fact]
    public void A_chart_describes_every_bar_in_words_and_draws_bars_in_proportion()
    {
        var chart = new BarChart("内容覆盖率", [new("甲镇", 20m, "20.0%"), new("乙镇", 90m, "90.0%")], 100m);

        Assert.Equal("内容覆盖率：甲镇 20.0%；乙镇 90.0%。", chart.Description);
        var widths = chart.Shapes.Select(s => double.Parse(s.BarWidth, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(4.5, widths[1] / widths[0], precision: 1);
    }

    private static SiteComplianceSummary Row(string code, string name, int entries, int withContent, bool vetoed, int? daysUntilVeto) =>
        new(new SiteRef(0, code, name), entries, entries, withContent, 0, 0, 0, 0, 0, 0, 0, false, vetoed, daysUntilVeto, 0);
}
