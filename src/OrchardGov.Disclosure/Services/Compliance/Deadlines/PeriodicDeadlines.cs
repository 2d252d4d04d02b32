using OrchardGov.Disclosure.Services.Compliance.Calendar;

namespace OrchardGov.Disclosure.Services.Compliance.Deadlines;

/// <summary>
/// The due dates of a periodic rule, one per numbered period (year, quarter or month), later periods never due earlier.
/// One instance answers one question and gathers the years the calendar had to guess on the way.
/// </summary>
internal sealed class PeriodicDeadlines
{
    private readonly DeadlineRule _rule;
    private readonly WorkingDayCalendar _calendar;
    private readonly Dictionary<int, CalendarAnswer<DateOnly>> _dueByPeriod = [];
    private readonly SortedSet<int> _unknownYears = [];

    public PeriodicDeadlines(DeadlineRule rule, WorkingDayCalendar calendar)
    {
        _rule = rule;
        _calendar = calendar;
    }

    public CalendarAnswer<DateOnly> FirstDueOnOrAfter(DateOnly date)
    {
        var period = PeriodOf(date);
        while (!DueBefore(period - 1, date))
        {
            period--;
        }
        while (DueBefore(period, date))
        {
            period++;
        }
        return Answer(Due(period).Value, period);
    }

    public CalendarAnswer<DeadlinePeriod> LastClosedBefore(DateOnly date)
    {
        var period = PeriodOf(date);
        while (!DueBefore(period, date))
        {
            period--;
        }
        while (DueBefore(period + 1, date))
        {
            period++;
        }
        return Answer(new DeadlinePeriod(Due(period - 1).Value.AddDays(1), Due(period).Value), period - 1, period);
    }

    // Days after the date cannot move a deadline to its other side, since counting up to the date used known years
    // only; so a guessed later year makes the comparison no less certain.
    private bool DueBefore(int period, DateOnly date)
    {
        var due = Due(period);
        _unknownYears.UnionWith(due.UnknownYears.Where(year => year <= date.Year));
        return due.Value < date;
    }

    private CalendarAnswer<T> Answer<T>(T value, params int[] periods)
    {
        foreach (var period in periods)
        {
            _unknownYears.UnionWith(Due(period).UnknownYears);
        }
        return new CalendarAnswer<T>(value, [.. _unknownYears]);
    }

    private int PeriodOf(DateOnly date) => _rule.Kind switch
    {
        DeadlineKind.Annually => date.Year,
        DeadlineKind.AfterQuarter => date.Year * 4 + (date.Month - 1) / 3,
        _ => date.Year * 12 + date.Month - 1,
    };

    private CalendarAnswer<DateOnly> Due(int period)
    {
        if (!_dueByPeriod.TryGetValue(period, out var due))
        {
            due = _rule.Kind switch
            {
                DeadlineKind.Annually => Certain(DayOfMonth(period, _rule.Month, _rule.Day)),
                DeadlineKind.AfterQuarter => _calendar.AddWorkingDays(EndOfMonth(period / 4, period % 4 * 3 + 3), _rule.Days),
                DeadlineKind.AfterMonth => _calendar.AddWorkingDays(EndOfMonth(period / 12, period % 12 + 1), _rule.Days),
                _ => Certain(DayOfMonth(period / 12, period % 12 + 1, _rule.Day)),
            };
            _dueByPeriod[period] = due;
        }
        return due;
    }

    private static CalendarAnswer<DateOnly> Certain(DateOnly date) => new(date, []);

    // 每年2月29日前 and 每月31日前 fall on the month's last day when the month is shorter.
    private static DateOnly DayOfMonth(int year, int month, int day) =>
        new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));

    private static DateOnly EndOfMonth(int year, int month) => DayOfMonth(year, month, 31);
}
