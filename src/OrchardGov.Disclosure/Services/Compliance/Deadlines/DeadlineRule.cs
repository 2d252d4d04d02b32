using OrchardGov.Disclosure.Services.Compliance.Calendar;

namespace OrchardGov.Disclosure.Services.Compliance.Deadlines;

/// <summary>
/// When a catalog entry's information must be published, read from its 公开时限. <see cref="Days"/> is a count of
/// working or calendar days depending on <see cref="Kind"/>; <see cref="Month"/> and <see cref="Day"/> give an annual date.
/// </summary>
public sealed record DeadlineRule(DeadlineKind Kind, int Days = 0, int Month = 0, int Day = 0)
{
    /// <summary>The rule in the standard wording, which <see cref="DeadlineRuleParser"/> reads back to the same rule.</summary>
    public string Description => throw new NotImplementedException();

    /// <summary>True when each piece of information has its own due date.</summary>
    public bool Timed => throw new NotImplementedException();

    /// <summary>True for rules that recur by the calendar (every year, every quarter, every month).</summary>
    public bool Periodic => throw new NotImplementedException();

    /// <summary>The last day to publish information formed (or changed) on <paramref name="formedOn"/>; null when the rule is not timed.</summary>
    public CalendarAnswer<DateOnly>? DueFor(DateOnly formedOn, WorkingDayCalendar calendar) => throw new NotImplementedException();

    /// <summary>For a periodic rule, the latest period whose due date is before <paramref name="today"/>; null otherwise.</summary>
    public CalendarAnswer<DeadlinePeriod>? LastClosedPeriod(DateOnly today, WorkingDayCalendar calendar) => throw new NotImplementedException();
}

/// <summary>A period of a periodic rule: information for it is expected between <see cref="Start"/> and <see cref="Due"/>, inclusive.</summary>
public readonly record struct DeadlinePeriod(DateOnly Start, DateOnly Due);
