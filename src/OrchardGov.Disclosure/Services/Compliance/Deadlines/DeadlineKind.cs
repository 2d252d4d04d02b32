namespace OrchardGov.Disclosure.Services.Compliance.Deadlines;

public enum DeadlineKind
{
    /// <summary>自信息形成或者变更之日起N个工作日内.</summary>
    WorkingDaysAfterFormed,

    /// <summary>N日内 counted in calendar days.</summary>
    CalendarDaysAfterFormed,

    /// <summary>实时: on the day the information is formed.</summary>
    SameDay,

    /// <summary>及时: promptly, with no number of days to check against.</summary>
    Promptly,

    /// <summary>长期公开: kept published; each piece has no deadline, but the entry must have content.</summary>
    Standing,

    /// <summary>每年M月D日前 (每年第一季度 is 3月31日前).</summary>
    Annually,

    /// <summary>每季度结束后N个工作日内.</summary>
    AfterQuarter,

    /// <summary>每月结束后N个工作日内.</summary>
    AfterMonth,

    /// <summary>A person decided the entry is not to be timed (不计时限).</summary>
    NotTimed,

    /// <summary>每月D日前: by that calendar day of every month (the last day in shorter months).</summary>
    MonthlyByDate,
}
