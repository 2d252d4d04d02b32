namespace OrchardGov.ContentManagement.Accounts;

/// <summary>A person as the people list shows them: roles by site code, and whether they are locked out now.</summary>
public sealed record UserSummary(
    string Id, string UserName, string DisplayName, bool IsPlatformAdmin, bool LockedOut,
    IReadOnlyList<(string SiteCode, string SiteName, SiteRole Role)> Roles);
