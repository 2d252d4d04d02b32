namespace OrchardGov.Disclosure.Services.Compliance.Reports;

/// <summary>
/// An article checked against its deadline. <see cref="WorkingDaysLeft"/> counts from today to the due date for
/// pending ones; <see cref="WorkingDaysLate"/> counts how far past it a late or overdue one went.
/// </summary>
public sealed record ArticleFinding(
    string ArticleId,
    string Title,
    string? EntryId,
    string EntryItem,
    string? ColumnId,
    DateOnly? FormedOn,
    DateOnly? Due,
    DateOnly? PublishedOn,
    ArticleState State,
    int? WorkingDaysLeft,
    int? WorkingDaysLate);
