namespace OrchardGov.ContentManagement.Accounts;

/// <summary>Everything a signed-in person holds: platform administration, or roles on sites (by site id).</summary>
public sealed record UserGrants(string UserId, string UserName, bool IsPlatformAdmin, IReadOnlyList<(int SiteId, SiteRole Role)> Roles)
{
    public static UserGrants None { get; } = new("", "", false, []);

    public bool HasAnyRole => IsPlatformAdmin || Roles.Count > 0;
}
