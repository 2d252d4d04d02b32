namespace OrchardGov.ContentManagement.Audit;

/// <summary>A search of the audit trail: within some sites (null: all, for platform administrators), by person, action, text and time.</summary>
public sealed record AuditQuery
{
    public IReadOnlyCollection<int>? SiteIds { get; init; }
    public bool IncludePlatformEvents { get; init; }
    public string? UserName { get; init; }
    public string? Action { get; init; }
    public string? Text { get; init; }
    public DateTime? FromUtc { get; init; }
    public DateTime? ToUtc { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 50;
}
