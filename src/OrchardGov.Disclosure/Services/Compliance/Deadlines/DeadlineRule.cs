using OrchardGov.Disclosure.Services.Compliance.Calendar;

namespace OrchardGov.Disclosure.Services.Compliance.Deadlines;

/// <summary>
/// When a catalog entry's information must be published, read from its 公开时限. <see cref="Days"/> is a count of
/// working or calendar days depending on <see cref="Kind"/>; <see cref="Month"/> and <see cref="Day"/> give an annual date.
/// </summary>
public sealed record DeadlineRule(DeadlineKind Kind, int Days = 0, int Month = 0, int Day = 0)
{
    /// <summary>The rule in the standard wording, which <see cref="DeadlineRuleParser"/> reads back to the same rule.</summary>
    public string Description => Kind switch
    {
        DeadlineKind.WorkingDaysAfterFormed => $"自信息形成或者变更之日起{Days}个工作日内",
        DeadlineKind.CalendarDaysAfterFormed => $"自信息形成或者变更之日起{Days}日内",
        DeadlineKind.SameDay => "实时",
        DeadlineKind.Promptly => "及时",
        DeadlineKind.Standing => "长期公开",
        DeadlineKind.Annually => $"每年{Month}月{Day}日前",
        DeadlineKind.AfterQuarter => $"每季度结束后{Days}个工作日内",
        DeadlineKind.AfterMonth => $"每月结束后{Days}个工作日内",
        DeadlineKind.MonthlyByDate => $"每月{Day}日前",
        DeadlineKind.NotTimed => "不计时限",
        _ => throw new InvalidOperationException($"Deadline kind {Kind} has no wording."),
    };

    /// <summary>True when each piece of information has its own due date.</summary>
    public bool Timed => Periodic || Kind is DeadlineKind.WorkingDaysAfterFormed or DeadlineKind.CalendarDaysAfterFormed or DeadlineKind.SameDay;

    /// <summary>True for rules that recur by the calendar (every year, every quarter, every month).</summary>
    public bool Periodic => Kind is DeadlineKind.Annually or DeadlineKind.AfterQuarter or DeadlineKind.AfterMonth or DeadlineKind.MonthlyByDate;

    /// <summary>The last day to publish information formed (or changed) on <paramref name="formedOn"/>; null when the rule is not timed.</summary>
    public CalendarAnswer<DateOnly>? DueFor(DateOnly formedOn, WorkingDayCalendar calendar) => Kind switch
    {
        DeadlineKind.WorkingDaysAfterFormed => calendar.AddWorkingDays(formedOn, Days),
        DeadlineKind.CalendarDaysAfterFormed => new CalendarAnswer<DateOnly>(formedOn.AddDays(Days), []),
        DeadlineKind.SameDay => new CalendarAnswer<DateOnly>(formedOn, []),
        _ when Periodic => new PeriodicDeadlines(this, calendar).FirstDueOnOrAfter(formedOn),
        _ => null,
    };

    /// <summary>For a periodic rule, the latest period whose due date is before <paramref name="today"/>; null otherwise.</summary>
    public CalendarAnswer<DeadlinePeriod>? LastClosedPeriod(DateOnly today, WorkingDayCalendar calendar) =>
        Periodic ? new PeriodicDeadlines(this, calendar).LastClosedBefore(today) : null;
}

/// <summary>A period of a periodic rule: information for it is expected between <see cref="Start"/> and <see cref="Due"/>, inclusive.</summary>
public readonly record struct DeadlinePeriod(DateOnly Start, DateOnly Due);
