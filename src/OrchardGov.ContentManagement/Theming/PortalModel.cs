using Microsoft.AspNetCore.Http;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.ContentManagement.Theming;

/// <summary>
/// The names every template can use (see the theme's README): the site and its footer, the page's title and
/// canonical address, the breadcrumb, the navigation and the elderly-friendly mode. Page builders add their own.
/// </summary>
public static class PortalModel
{
    public static Dictionary<string, object?> For(HttpContext http, Site? site, Site? parent, string title, IReadOnlyList<Link>? breadcrumb = null, string? rssUrl = null)
    {
        var request = http.Request;
        return new Dictionary<string, object?>
        {
            ["site"] = site is null ? null : SiteModel.Of(site, parent),
            ["nav"] = Array.Empty<NavLink>(),
            ["page"] = new PageInfo(title, $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{CanonicalQuery(request)}", rssUrl),
            ["breadcrumb"] = breadcrumb ?? [],
            ["elderly"] = ElderlyMode.IsOn(http),
            ["elderly_toggle_url"] = ElderlyMode.ToggleUrl(http),
        };
    }

    // Only the page number changes what a list shows; other query strings (tracking and the like) are not part of the address.
    private static string CanonicalQuery(HttpRequest request) =>
        request.Query.TryGetValue("page", out var page) && page.ToString() is { Length: > 0 } number && number != "1" ? $"?page={Uri.EscapeDataString(number)}" : "";

    public sealed record Link(string Title, string Url);

    public sealed record NavLink(string Title, string Url, bool Current);

    public sealed record PageInfo(string Title, string CanonicalUrl, string? RssUrl);

    public sealed record Footer(string? Sponsor, string? Contact, string? IdentificationCode, string? Icp, string? PublicSecurity, string? PublicSecurityUrl);

    public sealed record ParentSite(string Name, string Url);

    public sealed record SiteModel(string Code, string Name, string Url, string Level, ParentSite? Parent, Footer Footer)
    {
        public static SiteModel Of(Site site, Site? parent) => new(
            site.Code, site.Name, site.PathBase + "/", site.Level.ToString(),
            parent is null ? null : new ParentSite(parent.Name, parent.PathBase + "/"),
            new Footer(site.Sponsor ?? site.Name, site.Contact, site.SiteIdentificationCode, site.IcpRecord, site.PublicSecurityRecord,
                PublicSecurityUrl(site.PublicSecurityRecord)));

        // 公安备案号 "湘公网安备 43120202000123号": the registry's page for it takes the digits.
        private static string? PublicSecurityUrl(string? record)
        {
            var digits = new string((record ?? "").Where(char.IsAsciiDigit).ToArray());
            return digits.Length >= 10 ? $"https://beian.mps.gov.cn/#/query/webSearch?code={digits}" : null;
        }
    }
}
