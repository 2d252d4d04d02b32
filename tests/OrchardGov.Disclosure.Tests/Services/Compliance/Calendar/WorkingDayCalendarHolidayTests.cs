using OrchardGov.Disclosure.Services.Compliance.Calendar;

namespace OrchardGov.Disclosure.Tests.Services.Compliance.Calendar;

public sealed class WorkingDayCalendarHolidayTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Shipped;

    [Fact]
    public void Twenty_working_days_from_the_eve_of_national_day_2022_skip_the_holiday_and_count_the_weekend_worked()
    {
        // From Fri 2022-09-30: 10-01..07 off; Sat 10-08 = 1, Sun 10-09 = 2; Mon-Fri 10-10..14 = 3..7;
        // 10-17..21 = 8..12; 10-24..28 = 13..17; Mon 10-31 = 18, Tue 11-01 = 19, Wed 11-02 = 20.
        var answer = Calendar.AddWorkingDays(new DateOnly(2022, 9, 30), 20);

        Assert.Equal(new DateOnly(2022, 11, 2), answer.Value);
        Assert.True(answer.Certain);
    }

    [Fact]
    public void Twenty_working_days_across_new_year_2023_skip_the_yuandan_days_off()
    {
        // From Tue 2022-12-20: 12-21..23 = 1..3; 12-26..30 = 4..8; Sat 12-31, Sun 01-01 and Mon 01-02 off (元旦);
        // 01-03..06 = 9..12; 01-09..13 = 13..17; Mon 01-16 = 18, Tue 01-17 = 19, Wed 01-18 = 20.
        var answer = Calendar.AddWorkingDays(new DateOnly(2022, 12, 20), 20);

        Assert.Equal(new DateOnly(2023, 1, 18), answer.Value);
        Assert.True(answer.Certain);
    }

    [Fact]
    public void Twenty_working_days_across_spring_festival_2023_count_its_two_weekend_days_worked()
    {
        // From Tue 2023-01-10: 01-11..13 = 1..3; 01-16..20 = 4..8; 01-21..27 off (春节); Sat 01-28 = 9, Sun 01-29 = 10;
        // 01-30..02-03 = 11..15; 02-06..10 = 16..20, so Fri 02-10.
        var answer = Calendar.AddWorkingDays(new DateOnly(2023, 1, 10), 20);

        Assert.Equal(new DateOnly(2023, 2, 10), answer.Value);
        Assert.True(answer.Certain);
    }

    [Theory]
    [InlineData("2022-09-30", "2022-11-02")]
    [InlineData("2022-12-20", "2023-01-18")]
    [InlineData("2023-01-10", "2023-02-10")]
    public void The_working_days_between_the_ends_of_those_spans_are_twenty_forwards_and_minus_twenty_backwards(string from, string to)
    {
        var start = DateOnly.Parse(from);
        var end = DateOnly.Parse(to);

        Assert.Equal(20, Calendar.WorkingDaysBetween(start, end).Value);
        Assert.Equal(-20, Calendar.WorkingDaysBetween(end, start).Value);
        Assert.True(Calendar.WorkingDaysBetween(start, end).Certain);
    }

    [Fact]
    public void Counting_back_twenty_working_days_from_the_national_day_deadline_returns_to_its_start()
    {
        // 11-02 is the 20th working day after 09-30 (see above), so 20 back from it lands on the working day 09-30.
        Assert.Equal(new DateOnly(2022, 9, 30), Calendar.AddWorkingDays(new DateOnly(2022, 11, 2), -20).Value);
    }

    [Fact]
    public void Adding_no_working_days_gives_the_start_even_on_a_holiday()
    {
        var answer = Calendar.AddWorkingDays(new DateOnly(2022, 10, 3), 0);

        Assert.Equal(new DateOnly(2022, 10, 3), answer.Value);
        Assert.True(answer.Certain);
    }

    [Fact]
    public void A_count_starting_on_a_holiday_begins_with_the_first_working_day_after_it()
    {
        // From Mon 2022-10-03 (off): 10-04..07 off, so the first working day is Sat 10-08.
        Assert.Equal(new DateOnly(2022, 10, 8), Calendar.AddWorkingDays(new DateOnly(2022, 10, 3), 1).Value);
    }

    [Fact]
    public void Between_a_day_and_itself_there_are_no_working_days() =>
        Assert.Equal(0, Calendar.WorkingDaysBetween(new DateOnly(2022, 10, 8), new DateOnly(2022, 10, 8)).Value);

    [Theory]
    [InlineData("2022-10-08", true)]
    [InlineData("2022-10-09", true)]
    [InlineData("2022-10-03", false)]
    [InlineData("2022-10-15", false)]
    [InlineData("2022-10-10", true)]
    [InlineData("2023-01-02", false)]
    [InlineData("2020-02-03", true)]
    public void Each_day_is_a_working_day_by_the_notice_or_else_by_monday_to_friday(string date, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.Parse(date)));
}
