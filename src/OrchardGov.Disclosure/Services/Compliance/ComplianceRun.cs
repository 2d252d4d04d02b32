using OrchardGov.Disclosure.Services.Compliance.Calendar;
using OrchardGov.Disclosure.Services.Compliance.Deadlines;

namespace OrchardGov.Disclosure.Services.Compliance;

/// <summary>
/// One report run's calendar, today, and what it has worked out so far: due dates, working-day counts and phrase
/// readings are remembered, so that thousands of articles formed on the same day, or hundreds of townships with the
/// same 公开时限, cost one lookup. It collects the years it had to count without holiday data.
/// </summary>
public sealed class ComplianceRun(WorkingDayCalendar calendar, DateOnly today)
{
    private readonly Dictionary<(DeadlineRule, DateOnly), DateOnly?> _due = [];
    private readonly Dictionary<(DeadlineRule, DateOnly), DeadlinePeriod?> _periods = [];
    private readonly Dictionary<(DateOnly, DateOnly), int> _between = [];
    private readonly SortedSet<int> _unknownYears = [];
    private readonly Dictionary<string, DeadlineParse> _readings = new(StringComparer.Ordinal);

    public DateOnly Today { get; } = today;

    public IReadOnlyList<int> UnknownYears => _unknownYears.ToList();

    public DeadlineParse Read(string phrase)
    {
        if (!_readings.TryGetValue(phrase, out var reading))
        {
            reading = _readings[phrase] = DeadlineRuleParser.Parse(phrase);
        }

        return reading;
    }

    public DateOnly? DueFor(DeadlineRule rule, DateOnly formedOn)
    {
        if (!_due.TryGetValue((rule, formedOn), out var due))
        {
            var answer = rule.DueFor(formedOn, calendar);
            Note(answer?.UnknownYears);
            due = _due[(rule, formedOn)] = answer?.Value;
        }

        return due;
    }

    public DeadlinePeriod? LastClosedPeriod(DeadlineRule rule)
    {
        if (!_periods.TryGetValue((rule, Today), out var period))
        {
            var answer = rule.LastClosedPeriod(Today, calendar);
            Note(answer?.UnknownYears);
            period = _periods[(rule, Today)] = answer?.Value;
        }

        return period;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (!_between.TryGetValue((from, to), out var days))
        {
            var answer = calendar.WorkingDaysBetween(from, to);
            Note(answer.UnknownYears);
            days = _between[(from, to)] = answer.Value;
        }

        return days;
    }

    private void Note(IReadOnlyList<int>? years)
    {
        foreach (var year in years ?? [])
        {
            _unknownYears.Add(year);
        }
    }
}
