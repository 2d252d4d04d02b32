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
    private readonly Dictionary<(DeadlineRule, DateOnly), (DateOnly? Due, IReadOnlyList<int> Unknown)> _due = [];
    private readonly Dictionary<(DeadlineRule, DateOnly), (DeadlinePeriod? Period, IReadOnlyList<int> Unknown)> _periods = [];
    private readonly Dictionary<(DateOnly, DateOnly), (int Days, IReadOnlyList<int> Unknown)> _between = [];
    private readonly SortedSet<int> _siteUnknownYears = [];
    private readonly Dictionary<string, DeadlineParse> _readings = new(StringComparer.Ordinal);

    public DateOnly Today { get; } = today;

    /// <summary>The years without holiday data that the answers since <see cref="StartSite"/> were counted with.</summary>
    public IReadOnlyList<int> SiteUnknownYears => _siteUnknownYears.ToList();

    /// <summary>Starts a site's answers: what it remembers stays, the unknown years are counted afresh.</summary>
    public void StartSite() => _siteUnknownYears.Clear();

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
            due = _due[(rule, formedOn)] = (answer?.Value, answer?.UnknownYears ?? []);
        }

        Note(due.Unknown);
        return due.Due;
    }

    public DeadlinePeriod? LastClosedPeriod(DeadlineRule rule)
    {
        if (!_periods.TryGetValue((rule, Today), out var period))
        {
            var answer = rule.LastClosedPeriod(Today, calendar);
            period = _periods[(rule, Today)] = (answer?.Value, answer?.UnknownYears ?? []);
        }

        Note(period.Unknown);
        return period.Period;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (!_between.TryGetValue((from, to), out var days))
        {
            var answer = calendar.WorkingDaysBetween(from, to);
            days = _between[(from, to)] = (answer.Value, answer.UnknownYears);
        }

        Note(days.Unknown);
        return days.Days;
    }

    private void Note(IReadOnlyList<int> years)
    {
        for (var i = 0; i < years.Count; i++)
        {
            _siteUnknownYears.Add(years[i]);
        }
    }
}
