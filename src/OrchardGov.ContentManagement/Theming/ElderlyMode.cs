using Microsoft.AspNetCore.Http;

namespace OrchardGov.ContentManagement.Theming;

/// <summary>
/// 适老化模式: larger type, higher contrast, no pop-ups. A visitor switches it with a plain link (no script), and
/// the choice is kept in a cookie for every site of the platform.
/// </summary>
public static class ElderlyMode
{
    public const string CookieName = "og-elderly";
    public const string TogglePath = "/elderly-mode";

    public static bool IsOn(HttpContext http) => http.Request.Cookies[CookieName] == "1";

    /// <summary>The link that switches the mode and comes back to the current page.</summary>
    public static string ToggleUrl(HttpContext http) =>
        $"{TogglePath}?on={(IsOn(http) ? "0" : "1")}&return={Uri.EscapeDataString(http.Request.PathBase + http.Request.Path + http.Request.QueryString)}";

    /// <summary>Sets or clears the cookie and answers with where to go back to: a local path only, never another host.</summary>
    public static string Switch(HttpContext http, bool on, string? returnUrl)
    {
        http.Response.Cookies.Append(CookieName, on ? "1" : "0", new CookieOptions
        {
            Path = "/", MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, IsEssential = true,
        });
        return returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
    }
}
