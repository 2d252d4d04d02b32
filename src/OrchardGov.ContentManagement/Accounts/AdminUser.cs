using Microsoft.AspNetCore.Identity;

namespace OrchardGov.ContentManagement.Accounts;

/// <summary>A person who signs in to the admin: a platform administrator, or someone with roles on some sites.</summary>
public sealed class AdminUser : IdentityUser
{
    /// <summary>The person's name as colleagues know it (姓名), shown in the audit trail and review history.</summary>
    public string DisplayName { get; set; } = "";

    public bool IsPlatformAdmin { get; set; }

    public DateTime CreatedUtc { get; set; }

    public List<SiteRoleAssignment> SiteRoles { get; set; } = [];
}
