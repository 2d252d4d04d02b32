using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Compliance;

namespace OrchardGov.Disclosure.Tests.Services.Compliance;

public sealed class FreshnessRulesTests
{
    [Fact]
    public void A_news_column_updated_on_the_1st_is_fresh_through_the_15th_and_stale_from_the_16th()
    {
        Assert.Equal(new DateOnly(2026, 11, 16), FreshnessRules.StaleFrom(FreshnessClass.News, new DateOnly(2026, 11, 1)));
    }

    [Fact]
    public void A_notice_column_is_stale_the_day_after_six_months_even_across_a_short_month()
    {
        Assert.Equal(new DateOnly(2027, 3, 1), FreshnessRules.StaleFrom(FreshnessClass.NoticesAndPolicies, new DateOnly(2026, 8, 31)));
    }

    [Fact]
    public void A_static_column_never_goes_stale()
    {
        Assert.Null(FreshnessRules.StaleFrom(FreshnessClass.Static, new DateOnly(2020, 1, 1)));
    }
}
