using System.Net;
using System.Text.RegularExpressions;

namespace OrchardGov.Disclosure.Models;

/// <summary>What a reader sees of an HTML body: blank when only tags, entities such as &amp;nbsp; and white space remain.</summary>
public static partial class HtmlText
{
    public static bool IsBlank(string html) =>
        !html.Contains("<img", StringComparison.OrdinalIgnoreCase)
        && string.IsNullOrWhiteSpace(WebUtility.HtmlDecode(Tags().Replace(html, " ")).Replace('\u00a0', ' ').Replace('\u3000', ' '));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
