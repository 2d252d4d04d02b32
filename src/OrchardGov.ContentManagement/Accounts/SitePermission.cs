namespace OrchardGov.ContentManagement.Accounts;

/// <summary>The things the admin lets a person do on a site; <see cref="SiteAccessRules"/> says who may do which.</summary>
public enum SitePermission
{
    /// <summary>Open the site's admin pages and read its drafts.</summary>
    ViewDrafts,

    /// <summary>Change the site's catalog, columns and articles, submit the catalog, publish.</summary>
    EditContent,

    /// <summary>Approve or return what the site submits for review.</summary>
    Review,

    /// <summary>Enable features, scaffold, change settings, create sites below it, give people roles on it.</summary>
    ManageSite,

    /// <summary>Read and export the site's audit trail.</summary>
    ViewAudit,

    /// <summary>Read the compliance figures of the site and of the sites below it (the county's supervision dashboard).</summary>
    ViewCompliance,
}
