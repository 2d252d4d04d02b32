namespace OrchardGov.Disclosure.Services.Compliance.Calendar;

/// <summary>
/// Counting by the plain rule, Monday to Friday, in O(1). Days are <see cref="DateOnly.DayNumber"/>s; day 0
/// (0001-01-01) is a Monday, so every week from day 0 starts with five weekdays.
/// </summary>
internal static class PlainWeekdays
{
    public static bool IsWeekday(int dayNumber) => dayNumber % 7 < 5;

    /// <summary>Weekdays from day 0 up to and including <paramref name="dayNumber"/> (0 for day -1).</summary>
    public static long CountThrough(int dayNumber)
    {
        long days = dayNumber + 1L;
        return days / 7 * 5 + Math.Min(days % 7, 5);
    }

    /// <summary>The earliest day whose <see cref="CountThrough"/> reaches <paramref name="count"/>: the count-th weekday from day 0.</summary>
    public static long DayReaching(long count)
    {
        if (count <= 0)
        {
            return -1;
        }

        var before = count - 1;
        return before / 5 * 7 + before % 5;
    }
}
