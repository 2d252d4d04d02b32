namespace OrchardGov.ContentManagement.Accounts;

/// <summary>
/// Who may do what on a site. A role holds on its own site; a site admin also manages the sites below theirs;
/// a reviewer reviews (and reads) only the sites below theirs, never their own. Editing is always limited to
/// one's own site, so one township's editors never see or change another's drafts. The figures of the sites below
/// (compliance, no drafts) are open to a site's admins and reviewers; its editors see their own site's dashboard.
/// </summary>
public static class SiteAccessRules
{
    /// <param name="lineage">The site's ids from the top of the hierarchy down to the site itself.</param>
    public static bool Allows(UserGrants user, SitePermission permission, IReadOnlyList<int> lineage)
    {
        if (user.IsPlatformAdmin)
        {
            return true;
        }

        var siteId = lineage[^1];
        foreach (var (grantedSite, role) in user.Roles)
        {
            var own = grantedSite == siteId;
            var above = !own && lineage.Contains(grantedSite);
            if (Grants(role, permission, own, above))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Grants(SiteRole role, SitePermission permission, bool own, bool above) => (role, permission) switch
    {
        (SiteRole.SiteAdmin, SitePermission.ViewDrafts or SitePermission.EditContent) => own,
        (SiteRole.SiteAdmin, SitePermission.ManageSite or SitePermission.ViewAudit) => own || above,
        (SiteRole.Editor, SitePermission.ViewDrafts or SitePermission.EditContent) => own,
        (SiteRole.Reviewer, SitePermission.ViewDrafts or SitePermission.Review) => above,
        (SiteRole.SiteAdmin or SiteRole.Reviewer, SitePermission.ViewCompliance) => own || above,
        _ => false,
    };
}
