namespace OrchardGov.ContentManagement.Audit;

/// <summary>
/// One recorded change or sign-in: who (user name and id), when, from where (address), what (an action such as
/// <c>catalog.entry.update</c>, the thing's id and a readable name) and the thing before and after, as JSON.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>The site it happened on; null for platform events (sign-ins, people).</summary>
    public int? SiteId { get; set; }

    public DateTime AtUtc { get; set; }
    public required string UserName { get; set; }
    public string? UserId { get; set; }
    public string? Address { get; set; }
    public required string Action { get; set; }
    public string? SubjectId { get; set; }
    public string Subject { get; set; } = "";
    public string? Before { get; set; }
    public string? After { get; set; }
}
