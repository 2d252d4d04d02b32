namespace OrchardGov.Disclosure.Services.Compliance.Reports;

/// <summary>The site's catalog information by <see cref="ArticleState"/>; <see cref="DueWithinWeek"/> are pending ones due in the next 7 days.</summary>
public sealed record ArticleCounts(int OnTime, int Late, int Overdue, int Pending, int Undated, int NotTimed, int DueWithinWeek);
