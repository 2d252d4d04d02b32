namespace OrchardGov.ContentManagement.Sites;

/// <summary>A site's place in the hierarchy of governments. 街道, 乡 and 镇 are all <see cref="Township"/>.</summary>
public enum SiteLevel
{
    Platform,
    City,
    County,
    Township,
}
