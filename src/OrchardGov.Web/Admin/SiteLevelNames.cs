using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Web.Admin;

/// <summary>The site levels as the admin shows them.</summary>
public static class SiteLevelNames
{
    public static string LabelOf(SiteLevel level) => level switch
    {
        SiteLevel.Platform => "平台",
        SiteLevel.City => "市",
        SiteLevel.County => "县（市、区）",
        _ => "乡镇（街道）",
    };
}
