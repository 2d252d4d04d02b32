namespace OrchardGov.Disclosure.Services.Compliance.Reports;

/// <summary>What is wrong with a proactive catalog entry.</summary>
public enum EntryProblem
{
    /// <summary>No column on the portal publishes it (or its column is hidden or gone).</summary>
    NoColumn,

    /// <summary>Its rule asks for standing content (实时, 及时, 长期公开) and nothing is published.</summary>
    NoContent,

    /// <summary>A periodic deadline (每年…前, 每季度…) passed with nothing published for the period.</summary>
    PeriodMissed,

    /// <summary>It holds an article past its due date and not published.</summary>
    ArticleOverdue,
}
