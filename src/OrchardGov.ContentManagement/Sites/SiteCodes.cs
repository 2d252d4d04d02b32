using System.Text.RegularExpressions;

namespace OrchardGov.ContentManagement.Sites;

/// <summary>What a site code may be: it is the first segment of every URL of the site.</summary>
public static partial class SiteCodes
{
    /// <summary>First path segments the host uses itself.</summary>
    public static readonly IReadOnlySet<string> Reserved =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "admin", "api", "healthz", "openapi", "assets", "favicon.ico", "robots.txt", "sitemap.xml", "theme", "elderly-mode" };

    /// <summary>The route segment that captures a site code as <c>siteCode</c>.</summary>
    public const string RouteSegment = "{siteCode:regex(^[0-9a-z][0-9a-z-]{{1,31}}$)}";

    public static string? Problem(string code) =>
        !CodePattern().IsMatch(code) ? $"Site code '{code}' is not valid: use 2 to 32 digits, lower-case letters or hyphens (e.g. 431202001)."
        : Reserved.Contains(code) ? $"Site code '{code}' is reserved for the platform's own pages; choose another."
        : null;

    [GeneratedRegex("^[0-9a-z][0-9a-z-]{1,31}$")]
    private static partial Regex CodePattern();
}
