namespace OrchardGov.Disclosure.Services.Compliance.Calendar;

/// <summary>
/// Working days (工作日) in mainland China: statutory holidays off, 调休 weekend days on, otherwise Monday to Friday.
/// Every answer says which years it had to count by the plain weekday rule because their notice is not loaded.
/// </summary>
public sealed class WorkingDayCalendar
{
    public WorkingDayCalendar(IEnumerable<HolidayYear> years) => throw new NotImplementedException();

    /// <summary>The calendar of the data shipped with the module (2007 on).</summary>
    public static WorkingDayCalendar Shipped => throw new NotImplementedException();

    public IReadOnlyList<HolidayYear> Years => throw new NotImplementedException();

    public bool Knows(int year) => throw new NotImplementedException();

    public bool IsWorkingDay(DateOnly date) => throw new NotImplementedException();

    /// <summary>The <paramref name="workingDays"/>th working day after <paramref name="start"/> (the start day itself is not counted); 0 gives the start day.</summary>
    public CalendarAnswer<DateOnly> AddWorkingDays(DateOnly start, int workingDays) => throw new NotImplementedException();

    /// <summary>The working days after <paramref name="from"/> up to and including <paramref name="to"/> (negative when <paramref name="to"/> is earlier).</summary>
    public CalendarAnswer<int> WorkingDaysBetween(DateOnly from, DateOnly to) => throw new NotImplementedException();
}

/// <summary>A calendar answer, with the years counted by the plain weekday rule because their holidays are unknown.</summary>
public readonly record struct CalendarAnswer<T>(T Value, IReadOnlyList<int> UnknownYears)
{
    public bool Certain => UnknownYears.Count == 0;
}
