namespace OrchardGov.Disclosure.Apis;

/// <summary>A domain's 未涉及 reason; null marks it applicable again.</summary>
public sealed record NotApplicableRequest(string? Reason);

/// <summary>Why a reviewer returns a submission.</summary>
public sealed record ReturnRequest(string Reason);

/// <summary>When a draft publishes itself (UTC); null cancels the schedule.</summary>
public sealed record ScheduleRequest(DateTime? AtUtc);

/// <summary>A column to add under <see cref="ParentId"/> (null: the top level).</summary>
public sealed record AddColumnRequest(string Title, string Slug, string? ParentId, Models.ColumnKind Kind);

/// <summary>Changes to a column; what is null stays as it is. <see cref="MoveToTop"/> moves it to the top level.</summary>
public sealed record ChangeColumnRequest(string? Title, bool? Hidden, string? ParentId, bool MoveToTop = false);
