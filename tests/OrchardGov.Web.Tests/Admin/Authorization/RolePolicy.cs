using OrchardGov.ContentManagement.Accounts;

namespace OrchardGov.Web.Tests.Admin.Authorization;

/// <summary>
/// What each person may do on each site, written out by hand from what the product promises. It deliberately does
/// not ask <see cref="SiteAccessRules"/>: the matrix exists to catch a rule that is wrong.
/// </summary>
public static class RolePolicy
{
    private static readonly SitePermission[] Everything = Enum.GetValues<SitePermission>();

    /// <summary>A pair that is not listed may do nothing.</summary>
    private static readonly Dictionary<(Persona, TargetSite), SitePermission[]> Grants = new()
    {
        [(Persona.PlatformAdmin, TargetSite.Township)] = Everything,
        [(Persona.PlatformAdmin, TargetSite.SiblingTownship)] = Everything,
        [(Persona.PlatformAdmin, TargetSite.County)] = Everything,
        [(Persona.TownshipAdmin, TargetSite.Township)] =
            [SitePermission.ViewDrafts, SitePermission.EditContent, SitePermission.ManageSite, SitePermission.ViewAudit, SitePermission.ViewCompliance],
        [(Persona.TownshipEditor, TargetSite.Township)] = [SitePermission.ViewDrafts, SitePermission.EditContent],
        [(Persona.CountyReviewer, TargetSite.Township)] = [SitePermission.ViewDrafts, SitePermission.Review, SitePermission.ViewCompliance],
        [(Persona.CountyReviewer, TargetSite.SiblingTownship)] = [SitePermission.ViewDrafts, SitePermission.Review, SitePermission.ViewCompliance],
        // Compliance figures carry no drafts, so a reviewer reads them on their own county too.
        [(Persona.CountyReviewer, TargetSite.County)] = [SitePermission.ViewCompliance],
    };

    public static bool Allows(Persona persona, TargetSite site, SitePermission permission) =>
        Grants.TryGetValue((persona, site), out var granted) && granted.Contains(permission);

    /// <summary>
    /// Whether the person may use a route that serves no one site: with no permission named, anyone signed in may;
    /// otherwise those who hold the permission on some site.
    /// </summary>
    public static bool AllowsOffSite(Persona persona, SitePermission? permission) =>
        permission is not { } needed || Enum.GetValues<TargetSite>().Any(site => Allows(persona, site, needed));
}
