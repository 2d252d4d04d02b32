using OrchardGov.Disclosure.Services.Compliance.Deadlines;

namespace OrchardGov.Disclosure.Tests.Services.Compliance.Deadlines;

/// <summary>Due dates counted in working days, worked out by hand from the 2022 and 2025 holiday notices.</summary>
public sealed class WorkingDayDeadlineTests
{
    private static readonly DeadlineRule TwentyWorkingDays = new(DeadlineKind.WorkingDaysAfterFormed, Days: 20);
    private static readonly DeadlineRule TwentyWorkingDaysAfterQuarter = new(DeadlineKind.AfterQuarter, Days: 20);

    [Fact]
    public void Twenty_working_days_from_the_eve_of_national_day_2022_skip_the_holiday_and_count_the_two_weekend_days_worked()
    {
        // 10-01..07 off; 10-08 (Sat) and 10-09 (Sun) are days 1 and 2, 10-10..14 are 3..7, and day 20 is 11-02.
        var answer = TwentyWorkingDays.DueFor(Date("2022-09-30"), TestCalendars.Notices2022And2025);

        Assert.Equal(Date("2022-11-02"), answer?.Value);
        Assert.True(answer?.Certain);
    }

    [Fact]
    public void Information_about_a_quarter_formed_after_it_ends_is_due_twenty_working_days_after_that_quarter()
    {
        // From 2025-09-30: 10-01..08 off; 10-09, 10-10 and 10-11 (Sat, worked) are days 1..3; day 20 is 11-04.
        var answer = TwentyWorkingDaysAfterQuarter.DueFor(Date("2025-10-10"), TestCalendars.Notices2022And2025);

        Assert.Equal(Date("2025-11-04"), answer?.Value);
        Assert.True(answer?.Certain);
    }

    [Fact]
    public void Information_formed_after_a_quarters_deadline_is_due_with_the_next_quarter()
    {
        // 2026 is not loaded, so 2025-12-31 + 20 counts Monday to Friday: 2026-01-28, and says 2026 was guessed.
        var answer = TwentyWorkingDaysAfterQuarter.DueFor(Date("2025-11-05"), TestCalendars.Notices2022And2025);

        Assert.Equal(Date("2026-01-28"), answer?.Value);
        Assert.Equal([2026], answer?.UnknownYears);
    }

    [Fact]
    public void A_quarters_last_closed_period_runs_from_the_day_after_the_previous_quarters_deadline()
    {
        // Q2 2025 is due 07-28 (20 working days of July), Q3 is due 11-04.
        var period = TwentyWorkingDaysAfterQuarter.LastClosedPeriod(Date("2025-11-05"), TestCalendars.Notices2022And2025);

        Assert.Equal(new DeadlinePeriod(Date("2025-07-29"), Date("2025-11-04")), period?.Value);
        Assert.True(period?.Certain);
    }

    [Fact]
    public void On_a_quarters_due_date_the_last_closed_period_is_still_the_quarter_before()
    {
        // Q1 2025 is due 04-28: 04-04 is off and 04-27 (Sun) is worked.
        var period = TwentyWorkingDaysAfterQuarter.LastClosedPeriod(Date("2025-11-04"), TestCalendars.Notices2022And2025);

        Assert.Equal(new DeadlinePeriod(Date("2025-04-29"), Date("2025-07-28")), period?.Value);
    }

    [Fact]
    public void A_closed_period_whose_deadline_falls_in_an_unloaded_year_names_that_year()
    {
        var period = TwentyWorkingDaysAfterQuarter.LastClosedPeriod(Date("2026-02-15"), TestCalendars.Notices2022And2025);

        Assert.Equal(new DeadlinePeriod(Date("2025-11-05"), Date("2026-01-28")), period?.Value);
        Assert.Equal([2026], period?.UnknownYears);
    }

    [Fact]
    public void Information_about_a_month_is_due_ten_working_days_after_the_month_ends()
    {
        // From 2025-09-30: 10-09, 10-10, 10-11 (Sat, worked), 10-13..17, 10-20 and 10-21 are days 1..10.
        var rule = new DeadlineRule(DeadlineKind.AfterMonth, Days: 10);

        var answer = rule.DueFor(Date("2025-10-05"), TestCalendars.Notices2022And2025);

        Assert.Equal(Date("2025-10-21"), answer?.Value);
    }

    [Fact]
    public void A_months_last_closed_period_runs_from_the_day_after_the_previous_months_deadline()
    {
        // August 2025 is due 09-12 (ten working days of September), September is due 10-21.
        var rule = new DeadlineRule(DeadlineKind.AfterMonth, Days: 10);

        var period = rule.LastClosedPeriod(Date("2025-10-22"), TestCalendars.Notices2022And2025);

        Assert.Equal(new DeadlinePeriod(Date("2025-09-13"), Date("2025-10-21")), period?.Value);
    }

    [Fact]
    public void Working_days_counted_into_a_year_without_a_notice_name_that_year()
    {
        var answer = TwentyWorkingDays.DueFor(Date("2023-06-01"), TestCalendars.Notices2022And2025);

        Assert.Equal([2023], answer?.UnknownYears);
    }

    private static DateOnly Date(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
