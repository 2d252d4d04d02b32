using OrchardGov.Disclosure.Services.Compliance.Calendar;

namespace OrchardGov.Disclosure.Tests.Services.Compliance.Calendar;

/// <summary>The precomputed answers checked against the slow way: stepping one day at a time, known years and unknown alike.</summary>
public sealed class WorkingDayCalendarCountingTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Shipped;

    public static TheoryData<int> Counts => [1, 5, 20, 60, 300, -1, -20, -300];

    private static IEnumerable<DateOnly> StartsFrom2006To2028()
    {
        for (var start = new DateOnly(2006, 1, 3); start < new DateOnly(2029, 1, 1); start = start.AddDays(5))
        {
            yield return start;
        }
    }

    [Theory]
    [MemberData(nameof(Counts))]
    public void Adding_working_days_lands_where_stepping_day_by_day_lands(int workingDays)
    {
        foreach (var start in StartsFrom2006To2028())
        {
            var expected = StepDayByDay(start, workingDays);

            var actual = Calendar.AddWorkingDays(start, workingDays).Value;

            Assert.True(expected == actual, $"{start} {workingDays:+0;-0}: expected {expected}, got {actual}");
        }
    }

    [Theory]
    [MemberData(nameof(Counts))]
    public void Working_days_between_count_what_stepping_day_by_day_counts(int days)
    {
        foreach (var from in StartsFrom2006To2028())
        {
            var to = from.AddDays(days);
            var expected = CountDayByDay(from, to);

            var actual = Calendar.WorkingDaysBetween(from, to).Value;

            Assert.True(expected == actual, $"{from} to {to}: expected {expected}, got {actual}");
        }
    }

    private static DateOnly StepDayByDay(DateOnly start, int workingDays)
    {
        var step = Math.Sign(workingDays);
        var day = start;
        for (var left = Math.Abs(workingDays); left > 0;)
        {
            day = day.AddDays(step);
            left -= Calendar.IsWorkingDay(day) ? 1 : 0;
        }

        return day;
    }

    private static int CountDayByDay(DateOnly from, DateOnly to)
    {
        var (first, last, sign) = from <= to ? (from, to, 1) : (to, from, -1);
        var count = 0;
        for (var day = first.AddDays(1); day <= last; day = day.AddDays(1))
        {
            count += Calendar.IsWorkingDay(day) ? 1 : 0;
        }

        return sign * count;
    }
}
