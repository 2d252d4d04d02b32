namespace OrchardGov.Web.Tests.Admin.Authorization;

/// <summary>The people the authorization matrix signs in as: one role each, on a site of the demo county, or none.</summary>
public enum Persona
{
    /// <summary>平台管理员.</summary>
    PlatformAdmin,

    /// <summary>站点管理员 of the township.</summary>
    TownshipAdmin,

    /// <summary>编辑 of the township.</summary>
    TownshipEditor,

    /// <summary>审核员 of the county above the township.</summary>
    CountyReviewer,

    /// <summary>Someone with an account and no role anywhere.</summary>
    NoRole,
}
