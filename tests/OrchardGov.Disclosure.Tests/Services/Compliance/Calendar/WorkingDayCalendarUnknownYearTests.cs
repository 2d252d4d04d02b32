using OrchardGov.Disclosure.Services.Compliance.Calendar;

namespace OrchardGov.Disclosure.Tests.Services.Compliance.Calendar;

public sealed class WorkingDayCalendarUnknownYearTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Shipped;

    // Invented for the tests, not the real notice: 元旦 2027 as Fri 01-01 to Sun 01-03 off.
    private static readonly HolidayYear Corrected2027 = new(2027, [], [
        new HolidayDay(new DateOnly(2027, 1, 1), "元旦", true),
        new HolidayDay(new DateOnly(2027, 1, 2), "元旦", true),
        new HolidayDay(new DateOnly(2027, 1, 3), "元旦", true),
    ]);

    [Fact]
    public void A_deadline_running_into_2027_counts_monday_to_friday_there_and_says_2027_is_unknown()
    {
        // From Sun 2026-12-20: 12-21..25 = 1..5; 12-28..31 = 4 more = 9; Fri 2027-01-01 = 10 (no notice, so a weekday);
        // 01-04..08 = 11..15; 01-11..15 = 16..20, so Fri 2027-01-15.
        var answer = Calendar.AddWorkingDays(new DateOnly(2026, 12, 20), 20);

        Assert.Equal(new DateOnly(2027, 1, 15), answer.Value);
        Assert.Equal([2027], answer.UnknownYears);
        Assert.False(answer.Certain);
    }

    [Fact]
    public void Loading_the_2027_notice_later_moves_the_deadline_and_makes_it_certain()
    {
        // As above, but 01-01 is off: 12-31 = 9; 01-04..08 = 10..14; 01-11..15 = 15..19; Mon 01-18 = 20.
        var calendar = new WorkingDayCalendar([.. Calendar.Years, Corrected2027]);

        var answer = calendar.AddWorkingDays(new DateOnly(2026, 12, 20), 20);

        Assert.Equal(new DateOnly(2027, 1, 18), answer.Value);
        Assert.True(answer.Certain);
        Assert.True(calendar.Knows(2027));
        Assert.Same(Corrected2027, calendar.Years.Single(year => year.Year == 2027));
    }

    [Fact]
    public void A_later_copy_of_a_known_year_replaces_the_earlier_one()
    {
        var withoutMakeUpDays = new HolidayYear(2022, [], [new HolidayDay(new DateOnly(2022, 10, 3), "国庆节", true)]);

        var calendar = new WorkingDayCalendar([.. Calendar.Years, withoutMakeUpDays]);

        Assert.False(calendar.IsWorkingDay(new DateOnly(2022, 10, 8)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2022, 10, 3)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2022, 10, 4)));
    }

    [Fact]
    public void A_count_into_the_last_days_of_december_is_uncertain_while_the_next_notice_which_may_move_them_is_unknown()
    {
        // From Tue 2026-12-01: 12-02..04 = 1..3, 12-07 = 4, Tue 12-08 = 5: early December is the 2026 notice's alone.
        var early = Calendar.AddWorkingDays(new DateOnly(2026, 12, 1), 5);
        // From Mon 2026-12-21: 12-22..25 = 1..4, Mon 12-28 = 5: the 2027 notice may still move 12-28.
        var late = Calendar.AddWorkingDays(new DateOnly(2026, 12, 21), 5);

        Assert.Equal((new DateOnly(2026, 12, 8), 0), (early.Value, early.UnknownYears.Count));
        Assert.Equal(new DateOnly(2026, 12, 28), late.Value);
        Assert.Equal([2027], late.UnknownYears);
    }

    [Fact]
    public void A_year_before_the_data_is_counted_monday_to_friday_and_named_unknown()
    {
        // After Wed 2006-03-01: Thu 03-02 and Fri 03-03, then four full weeks 03-06..31 = 2 + 20.
        var answer = Calendar.WorkingDaysBetween(new DateOnly(2006, 3, 1), new DateOnly(2006, 3, 31));

        Assert.Equal(22, answer.Value);
        Assert.Equal([2006], answer.UnknownYears);
    }

    [Fact]
    public void Every_unknown_year_a_count_crosses_is_named_once_in_order()
    {
        var answer = Calendar.WorkingDaysBetween(new DateOnly(2029, 6, 1), new DateOnly(2026, 6, 1));

        Assert.Equal([2027, 2028, 2029], answer.UnknownYears);
        Assert.True(answer.Value < 0);
    }

    [Fact]
    public void Counting_back_into_an_unknown_year_names_it()
    {
        // Back from Mon 2007-01-08: Fri 01-05 = 1, 01-04 = 2, 01-01..03 off, the 2007 notice's Sun 12-31 = 3 and
        // Sat 12-30 = 4; Fri 12-29 = 5, 12-28..25 = 6..9, 12-22..18 = 10..14, 12-15..11 = 15..19, 12-08..04 = 20..24,
        // 12-01 = 25, 11-30..27 = 26..29, 11-24..20 = 30..34, 11-17..13 = 35..39, Fri 11-10 = 40.
        var answer = Calendar.AddWorkingDays(new DateOnly(2007, 1, 8), -40);

        Assert.Equal(new DateOnly(2006, 11, 10), answer.Value);
        Assert.Equal([2006], answer.UnknownYears);
    }

    [Fact]
    public void A_calendar_with_no_notices_counts_monday_to_friday_and_names_every_year()
    {
        // From Fri 2028-06-30: Mon 07-03 is the first weekday, Fri 07-07 the fifth.
        var answer = new WorkingDayCalendar([]).AddWorkingDays(new DateOnly(2028, 6, 30), 5);

        Assert.Equal(new DateOnly(2028, 7, 7), answer.Value);
        Assert.Equal([2028], answer.UnknownYears);
    }
}
