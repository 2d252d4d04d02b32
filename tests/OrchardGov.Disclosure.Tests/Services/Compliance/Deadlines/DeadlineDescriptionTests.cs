using OrchardGov.Disclosure.Services.Compliance.Deadlines;

namespace OrchardGov.Disclosure.Tests.Services.Compliance.Deadlines;

public sealed class DeadlineDescriptionTests
{
    private static readonly DeadlineRule[] OneOfEachKind =
    [
        new(DeadlineKind.WorkingDaysAfterFormed, Days: 20),
        new(DeadlineKind.CalendarDaysAfterFormed, Days: 30),
        new(DeadlineKind.SameDay),
        new(DeadlineKind.Promptly),
        new(DeadlineKind.Standing),
        new(DeadlineKind.Annually, Month: 1, Day: 31),
        new(DeadlineKind.AfterQuarter, Days: 20),
        new(DeadlineKind.AfterMonth, Days: 10),
        new(DeadlineKind.NotTimed),
        new(DeadlineKind.MonthlyByDate, Day: 10),
    ];

    public static TheoryData<DeadlineRule> Rules => new(OneOfEachKind);

    [Fact]
    public void The_round_trip_below_covers_every_kind_of_rule()
    {
        Assert.Equal(Enum.GetValues<DeadlineKind>().Order(), OneOfEachKind.Select(rule => rule.Kind).Order());
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_rules_description_reads_back_as_the_same_rule(DeadlineRule rule)
    {
        Assert.Equal(rule, DeadlineRuleParser.Parse(rule.Description).Rule);
    }

    [Theory]
    [InlineData(DeadlineKind.WorkingDaysAfterFormed, 20, 0, 0, "自信息形成或者变更之日起20个工作日内")]
    [InlineData(DeadlineKind.CalendarDaysAfterFormed, 30, 0, 0, "自信息形成或者变更之日起30日内")]
    [InlineData(DeadlineKind.SameDay, 0, 0, 0, "实时")]
    [InlineData(DeadlineKind.Promptly, 0, 0, 0, "及时")]
    [InlineData(DeadlineKind.Standing, 0, 0, 0, "长期公开")]
    [InlineData(DeadlineKind.Annually, 0, 1, 31, "每年1月31日前")]
    [InlineData(DeadlineKind.AfterQuarter, 20, 0, 0, "每季度结束后20个工作日内")]
    [InlineData(DeadlineKind.AfterMonth, 10, 0, 0, "每月结束后10个工作日内")]
    [InlineData(DeadlineKind.MonthlyByDate, 0, 0, 10, "每月10日前")]
    [InlineData(DeadlineKind.NotTimed, 0, 0, 0, "不计时限")]
    public void A_rule_is_described_in_the_standard_wording(DeadlineKind kind, int days, int month, int day, string wording)
    {
        Assert.Equal(wording, new DeadlineRule(kind, days, month, day).Description);
    }

    [Theory]
    [InlineData(DeadlineKind.WorkingDaysAfterFormed, true, false)]
    [InlineData(DeadlineKind.CalendarDaysAfterFormed, true, false)]
    [InlineData(DeadlineKind.SameDay, true, false)]
    [InlineData(DeadlineKind.Promptly, false, false)]
    [InlineData(DeadlineKind.Standing, false, false)]
    [InlineData(DeadlineKind.NotTimed, false, false)]
    [InlineData(DeadlineKind.Annually, true, true)]
    [InlineData(DeadlineKind.AfterQuarter, true, true)]
    [InlineData(DeadlineKind.AfterMonth, true, true)]
    [InlineData(DeadlineKind.MonthlyByDate, true, true)]
    public void Only_rules_with_a_date_to_check_are_timed_and_only_calendar_recurring_ones_are_periodic(DeadlineKind kind, bool timed, bool periodic)
    {
        var rule = new DeadlineRule(kind);

        Assert.Equal(timed, rule.Timed);
        Assert.Equal(periodic, rule.Periodic);
    }
}
