namespace OrchardGov.Disclosure.Services.Compliance.Calendar;

/// <summary>
/// Working days precomputed over the span the loaded notices cover, with a running count, so counting between
/// two days is O(1) and finding the nth working day is a binary search. Outside the span the plain weekday rule
/// continues the running count, so the count is defined for every day.
/// </summary>
internal sealed class WorkingDayIndex
{
    private readonly int first;
    private readonly bool[] working;

    /// <summary>Working days from <see cref="first"/> up to and including each day of the span.</summary>
    private readonly int[] runningCount;

    public WorkingDayIndex(IReadOnlyList<HolidayYear> knownYearsInOrder)
    {
        if (knownYearsInOrder.Count == 0)
        {
            working = [];
            runningCount = [];
            return;
        }

        var start = knownYearsInOrder.Min(year => Earliest(year).DayNumber);
        var end = knownYearsInOrder.Max(year => Latest(year).DayNumber);
        first = start;
        working = new bool[end - start + 1];
        for (var day = 0; day < working.Length; day++)
        {
            working[day] = PlainWeekdays.IsWeekday(first + day);
        }

        // In year order, so a later notice's word on a shared December day wins.
        foreach (var listed in knownYearsInOrder.SelectMany(year => year.Days))
        {
            working[listed.Date.DayNumber - first] = !listed.IsOffDay;
        }

        runningCount = new int[working.Length];
        var count = 0;
        for (var day = 0; day < working.Length; day++)
        {
            count += working[day] ? 1 : 0;
            runningCount[day] = count;
        }
    }

    private int Last => first + working.Length - 1;

    private int Total => runningCount.Length == 0 ? 0 : runningCount[^1];

    public bool IsWorkingDay(int dayNumber) =>
        dayNumber >= first && dayNumber <= Last ? working[dayNumber - first] : PlainWeekdays.IsWeekday(dayNumber);

    /// <summary>Working days counted from the span's first day up to and including the day (zero or less before the span).</summary>
    public long CountThrough(int dayNumber)
    {
        if (dayNumber < first)
        {
            return PlainWeekdays.CountThrough(dayNumber) - PlainWeekdays.CountThrough(first - 1);
        }

        if (dayNumber <= Last)
        {
            return runningCount[dayNumber - first];
        }

        return Total + PlainWeekdays.CountThrough(dayNumber) - PlainWeekdays.CountThrough(Last);
    }

    /// <summary>The earliest day whose <see cref="CountThrough"/> reaches <paramref name="count"/>; that day is a working day.</summary>
    public long DayReaching(long count)
    {
        if (count <= 0)
        {
            return PlainWeekdays.DayReaching(count + PlainWeekdays.CountThrough(first - 1));
        }

        if (count > Total)
        {
            return PlainWeekdays.DayReaching(count - Total + PlainWeekdays.CountThrough(Last));
        }

        var low = 0;
        var high = runningCount.Length - 1;
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (runningCount[middle] < count)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return first + low;
    }

    private static DateOnly Earliest(HolidayYear year) =>
        year.Days.Select(day => day.Date).Append(new DateOnly(year.Year, 1, 1)).Min();

    private static DateOnly Latest(HolidayYear year) =>
        year.Days.Select(day => day.Date).Append(new DateOnly(year.Year, 12, 31)).Max();
}
