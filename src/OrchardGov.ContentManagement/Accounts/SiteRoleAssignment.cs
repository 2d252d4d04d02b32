namespace OrchardGov.ContentManagement.Accounts;

/// <summary>One role of one person on one site.</summary>
public sealed class SiteRoleAssignment
{
    public required string UserId { get; set; }
    public int SiteId { get; set; }
    public SiteRole Role { get; set; }
}
