namespace OrchardGov.ContentManagement.Accounts;

/// <summary>What a person may do on one site (and, for some roles, the sites below it).</summary>
public enum SiteRole
{
    /// <summary>站点管理员: runs the site and the sites below it (features, scaffolding, settings, people, audit) and edits its own content.</summary>
    SiteAdmin,

    /// <summary>编辑: keeps the site's catalog, columns and articles, submits the catalog and publishes.</summary>
    Editor,

    /// <summary>审核员: reviews the catalogs (and, where required, articles) of the sites below the site.</summary>
    Reviewer,
}
