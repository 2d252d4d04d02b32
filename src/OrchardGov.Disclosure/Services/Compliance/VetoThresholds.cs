using OrchardGov.Disclosure.Services.Compliance.Reports;

namespace OrchardGov.Disclosure.Services.Compliance;

/// <summary>
/// The single-veto counts of 国办秘函〔2019〕19号: a site fails when its home page is not updated, or when 5 columns
/// are stale, 10 columns should have been updated and were not, or 5 columns are blank.
/// </summary>
public static class VetoThresholds
{
    public static int Of(VetoRule rule) => rule switch
    {
        VetoRule.HomePageNotUpdated => 1,
        VetoRule.StaleColumns => 5,
        VetoRule.ColumnsNotUpdated => 10,
        VetoRule.BlankColumns => 5,
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    /// <summary>
    /// The rule's check, given the columns that count now and the days until each other one will (when known):
    /// the rule is met once the threshold-th column counts, so the days until then are those of the column that completes it.
    /// </summary>
    public static VetoCheck Check(VetoRule rule, int countingNow, IEnumerable<int> daysUntilOthersCount)
    {
        var threshold = Of(rule);
        if (countingNow >= threshold)
        {
            return new VetoCheck(rule, countingNow, threshold, true, 0);
        }

        var coming = daysUntilOthersCount.Order().Skip(threshold - countingNow - 1).Take(1).ToList();
        return new VetoCheck(rule, countingNow, threshold, false, coming.Count == 0 ? null : coming[0]);
    }
}
