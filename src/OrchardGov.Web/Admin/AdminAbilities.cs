using OrchardGov.ContentManagement.Accounts;

namespace OrchardGov.Web.Admin;

/// <summary>What a person may do somewhere at all, which decides the admin's main menu and its platform-wide pages.</summary>
public static class AdminAbilities
{
    // Stands for "a site directly below": a reviewer's role acts only on the sites below their own.
    private const int SiteBelow = -1;

    public static bool HoldsAnywhere(UserGrants grants, SitePermission permission) =>
        grants.IsPlatformAdmin || grants.Roles.Any(role =>
            SiteAccessRules.Allows(grants, permission, [role.SiteId])
            || SiteAccessRules.Allows(grants, permission, [role.SiteId, SiteBelow]));
}
