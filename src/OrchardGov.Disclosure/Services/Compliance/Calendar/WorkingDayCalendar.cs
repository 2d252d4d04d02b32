namespace OrchardGov.Disclosure.Services.Compliance.Calendar;

/// <summary>
/// Working days (工作日) in mainland China: statutory holidays off, 调休 weekend days on, otherwise Monday to Friday.
/// Every answer says which years it had to count by the plain weekday rule because their notice is not loaded.
/// </summary>
public sealed class WorkingDayCalendar
{
    private static readonly Lazy<WorkingDayCalendar> ShippedCalendar = new(() => new(ShippedHolidayYears.Load()));

    private readonly HolidayYear[] years;
    private readonly HashSet<int> known;
    private readonly WorkingDayIndex index;

    /// <summary>A later entry for the same year replaces an earlier one, so an administrator's correction can follow the shipped years.</summary>
    public WorkingDayCalendar(IEnumerable<HolidayYear> years)
    {
        var byYear = new Dictionary<int, HolidayYear>();
        foreach (var year in years)
        {
            byYear[year.Year] = year;
        }

        this.years = [.. byYear.Values.OrderBy(year => year.Year)];
        var knownYears = this.years.Where(year => year.Known).ToList();
        known = [.. knownYears.Select(year => year.Year)];
        index = new WorkingDayIndex(knownYears);
    }

    /// <summary>The calendar of the data shipped with the module (2007 on).</summary>
    public static WorkingDayCalendar Shipped => ShippedCalendar.Value;

    public IReadOnlyList<HolidayYear> Years => years;

    public bool Knows(int year) => known.Contains(year);

    public bool IsWorkingDay(DateOnly date) => index.IsWorkingDay(date.DayNumber);

    /// <summary>
    /// The <paramref name="workingDays"/>th working day after <paramref name="start"/> (the start day itself is not counted); 0 gives the start day.
    /// A negative number counts back: -1 gives the last working day before the start.
    /// </summary>
    public CalendarAnswer<DateOnly> AddWorkingDays(DateOnly start, int workingDays)
    {
        var day = start.DayNumber;
        if (workingDays == 0)
        {
            return new(start, []);
        }

        if (workingDays > 0)
        {
            var after = ToDate(index.DayReaching(index.CountThrough(day) + workingDays));
            return new(after, UnknownYearsCounting(start.AddDays(1), after));
        }

        var before = ToDate(index.DayReaching(index.CountThrough(day - 1) + workingDays + 1));
        return new(before, UnknownYearsCounting(before, start.AddDays(-1)));
    }

    /// <summary>The working days after <paramref name="from"/> up to and including <paramref name="to"/> (negative when <paramref name="to"/> is earlier).</summary>
    public CalendarAnswer<int> WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = (int)(index.CountThrough(to.DayNumber) - index.CountThrough(from.DayNumber));
        IReadOnlyList<int> unknown = from == to ? []
            : from < to ? UnknownYearsCounting(from.AddDays(1), to)
            : UnknownYearsCounting(to.AddDays(1), from);
        return new(count, unknown);
    }

    private const int LastDecemberDaysFrom = 25;

    /// <summary>
    /// The years without a notice among those that decide the days from <paramref name="first"/> to <paramref name="last"/>.
    /// The last days of December are also decided by the next year's notice, which may move them (元旦 调休): the notices
    /// of 2007–2027 reached back as far as 12-29; a few days' margin is kept.
    /// </summary>
    private IReadOnlyList<int> UnknownYearsCounting(DateOnly first, DateOnly last)
    {
        var lastDeciding = last >= new DateOnly(last.Year, 12, LastDecemberDaysFrom) ? last.Year + 1 : last.Year;
        List<int>? unknown = null;
        for (var year = first.Year; year <= lastDeciding; year++)
        {
            if (!known.Contains(year))
            {
                (unknown ??= []).Add(year);
            }
        }

        return unknown is null ? [] : unknown;
    }

    private static DateOnly ToDate(long dayNumber) =>
        dayNumber >= DateOnly.MinValue.DayNumber && dayNumber <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber((int)dayNumber)
            : throw new ArgumentOutOfRangeException(nameof(dayNumber), "The working day falls outside the dates DateOnly can hold.");
}

/// <summary>A calendar answer, with the years counted by the plain weekday rule because their holidays are unknown.</summary>
public readonly record struct CalendarAnswer<T>(T Value, IReadOnlyList<int> UnknownYears)
{
    public bool Certain => UnknownYears.Count == 0;
}
