using OrchardGov.Disclosure.Services.Compliance;
using OrchardGov.Disclosure.Services.Compliance.Reports;

namespace OrchardGov.Disclosure.Tests.Services.Compliance;

public sealed class VetoThresholdsTests
{
    [Fact]
    public void Five_stale_columns_fail_the_site_at_once()
    {
        var check = VetoThresholds.Check(VetoRule.StaleColumns, 5, [3, 9]);

        Assert.Equal(new VetoCheck(VetoRule.StaleColumns, 5, 5, true, 0), check);
    }

    [Fact]
    public void The_days_until_a_veto_are_those_of_the_column_that_completes_the_threshold()
    {
        // 3 stale now; the 4th goes stale in 2 days, the 5th in 6: the site fails in 6 days.
        var check = VetoThresholds.Check(VetoRule.StaleColumns, 3, [20, 6, 2, 40]);

        Assert.Equal(new VetoCheck(VetoRule.StaleColumns, 3, 5, false, 6), check);
    }

    [Fact]
    public void A_threshold_that_the_coming_columns_cannot_reach_has_no_date()
    {
        var check = VetoThresholds.Check(VetoRule.ColumnsNotUpdated, 7, [1, 2]);

        Assert.Equal(new VetoCheck(VetoRule.ColumnsNotUpdated, 7, 10, false, null), check);
    }
}
