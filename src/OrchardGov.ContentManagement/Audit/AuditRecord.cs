namespace OrchardGov.ContentManagement.Audit;

/// <summary>What a change was: an action name, the thing's id and readable name, and the thing before and after (any JSON-serializable value).</summary>
public sealed record AuditRecord(string Action, string? SubjectId, string Subject, object? Before = null, object? After = null);
