namespace OrchardGov.Web.Tests.Admin.Authorization;

/// <summary>The site a request is aimed at, seen from the township where the township's people hold their roles.</summary>
public enum TargetSite
{
    /// <summary>The first township of the demo county.</summary>
    Township,

    /// <summary>The second township of the same county.</summary>
    SiblingTownship,

    /// <summary>The county both townships belong to.</summary>
    County,
}
