using OrchardGov.Disclosure.Services.Compliance.Deadlines;

namespace OrchardGov.Disclosure.Tests.Services.Compliance.Deadlines;

/// <summary>Due dates of rules that count no working days, so they are certain whatever holidays the calendar knows.</summary>
public sealed class DeadlineDueDateTests
{
    private static readonly DeadlineRule ByJanuary31 = new(DeadlineKind.Annually, Month: 1, Day: 31);

    [Theory]
    [InlineData("2024-12-20", "2025-01-31")]
    [InlineData("2025-01-31", "2025-01-31")]
    [InlineData("2025-02-01", "2026-01-31")]
    public void A_yearly_rule_is_due_on_the_first_such_date_on_or_after_the_information_is_formed(string formedOn, string due)
    {
        var answer = ByJanuary31.DueFor(Date(formedOn), TestCalendars.NoNotices);

        Assert.Equal(Date(due), answer?.Value);
        Assert.True(answer?.Certain);
    }

    [Fact]
    public void A_yearly_rules_last_closed_period_runs_from_the_day_after_the_previous_due_date_to_the_latest_one_passed()
    {
        var period = ByJanuary31.LastClosedPeriod(Date("2025-03-01"), TestCalendars.NoNotices);

        Assert.Equal(new DeadlinePeriod(Date("2024-02-01"), Date("2025-01-31")), period?.Value);
        Assert.True(period?.Certain);
    }

    [Fact]
    public void A_period_is_not_closed_on_its_due_date_itself()
    {
        var period = ByJanuary31.LastClosedPeriod(Date("2025-01-31"), TestCalendars.NoNotices);

        Assert.Equal(new DeadlinePeriod(Date("2023-02-01"), Date("2024-01-31")), period?.Value);
    }

    [Fact]
    public void A_february_29_deadline_falls_on_february_28_in_a_common_year()
    {
        var rule = new DeadlineRule(DeadlineKind.Annually, Month: 2, Day: 29);

        Assert.Equal(Date("2025-02-28"), rule.DueFor(Date("2025-01-10"), TestCalendars.NoNotices)?.Value);
        Assert.Equal(Date("2024-02-29"), rule.DueFor(Date("2024-01-10"), TestCalendars.NoNotices)?.Value);
    }

    [Theory]
    [InlineData("2025-03-05", "2025-03-10")]
    [InlineData("2025-03-10", "2025-03-10")]
    [InlineData("2025-03-11", "2025-04-10")]
    public void A_monthly_date_rule_is_due_on_the_next_such_day_of_a_month(string formedOn, string due)
    {
        var rule = new DeadlineRule(DeadlineKind.MonthlyByDate, Day: 10);

        Assert.Equal(Date(due), rule.DueFor(Date(formedOn), TestCalendars.NoNotices)?.Value);
    }

    [Fact]
    public void A_monthly_date_rules_last_closed_period_is_the_month_before_the_latest_due_date_passed()
    {
        var rule = new DeadlineRule(DeadlineKind.MonthlyByDate, Day: 31);

        var period = rule.LastClosedPeriod(Date("2025-03-15"), TestCalendars.NoNotices);

        Assert.Equal(new DeadlinePeriod(Date("2025-02-01"), Date("2025-02-28")), period?.Value);
    }

    [Fact]
    public void Calendar_days_are_added_as_they_come_and_are_certain_without_any_holiday_notice()
    {
        var answer = new DeadlineRule(DeadlineKind.CalendarDaysAfterFormed, Days: 30).DueFor(Date("2025-09-30"), TestCalendars.NoNotices);

        Assert.Equal(Date("2025-10-30"), answer?.Value);
        Assert.True(answer?.Certain);
    }

    [Fact]
    public void Real_time_information_is_due_the_day_it_is_formed()
    {
        var answer = new DeadlineRule(DeadlineKind.SameDay).DueFor(Date("2025-10-01"), TestCalendars.NoNotices);

        Assert.Equal(Date("2025-10-01"), answer?.Value);
        Assert.True(answer?.Certain);
    }

    [Theory]
    [InlineData(DeadlineKind.Promptly)]
    [InlineData(DeadlineKind.Standing)]
    [InlineData(DeadlineKind.NotTimed)]
    public void A_rule_that_is_not_timed_has_no_due_date_and_no_period(DeadlineKind kind)
    {
        var rule = new DeadlineRule(kind);

        Assert.Null(rule.DueFor(Date("2025-10-10"), TestCalendars.NoNotices));
        Assert.Null(rule.LastClosedPeriod(Date("2025-10-10"), TestCalendars.NoNotices));
    }

    [Theory]
    [InlineData(DeadlineKind.WorkingDaysAfterFormed)]
    [InlineData(DeadlineKind.CalendarDaysAfterFormed)]
    [InlineData(DeadlineKind.SameDay)]
    public void A_rule_counted_from_each_piece_of_information_has_no_period(DeadlineKind kind)
    {
        Assert.Null(new DeadlineRule(kind, Days: 20).LastClosedPeriod(Date("2025-10-10"), TestCalendars.NoNotices));
    }

    private static DateOnly Date(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
