using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.ContentManagement.Media;

/// <summary>
/// Each site's media files (attachments, images) in a folder of their own, <c>{root}/{site code}/</c>, addressed
/// by paths relative to it as Orchard Core's media fields store them ("2026/11/通知.pdf").
/// </summary>
public sealed class SiteMedia(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The file at a media path of the site, or null when there is none or the path leads outside the site's folder.</summary>
    public FileInfo? Find(Site site, string mediaPath)
    {
        var folder = Path.Combine(Root, site.Code) + Path.DirectorySeparatorChar;
        if (string.IsNullOrWhiteSpace(mediaPath) || mediaPath.Contains('\0') || Path.IsPathRooted(mediaPath))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(folder, mediaPath.Replace('\\', '/')));
        if (!full.StartsWith(folder, StringComparison.Ordinal))
        {
            return null;
        }

        var file = new FileInfo(full);
        // A symbolic link could still point elsewhere.
        if (!file.Exists || (file.LinkTarget is not null && !Path.GetFullPath(file.ResolveLinkTarget(true)!.FullName).StartsWith(folder, StringComparison.Ordinal)))
        {
            return null;
        }

        return file;
    }

    /// <summary>The public address of a media path of the site.</summary>
    public static string UrlOf(Site site, string mediaPath) =>
        $"/{site.Code}/media/" + string.Join('/', mediaPath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString));
}
