namespace OrchardGov.Disclosure.Services.Compliance.Reports;

/// <summary>Where a piece of information stands against its entry's deadline.</summary>
public enum ArticleState
{
    /// <summary>Published by its due date.</summary>
    OnTime,

    /// <summary>Published after its due date.</summary>
    Late,

    /// <summary>Not published, and its due date has passed.</summary>
    Overdue,

    /// <summary>Not published; still within its deadline.</summary>
    Pending,

    /// <summary>Its entry's rule is timed, but the article has no 信息形成(变更)日期 to count from.</summary>
    Undated,

    /// <summary>Its entry has no deadline to check (及时, 长期公开), or its 公开时限 still needs a rule.</summary>
    NotTimed,
}
