using System.Net;
using System.Text.RegularExpressions;

namespace OrchardGov.Disclosure.Models;

/// <summary>What a reader sees of an HTML body: blank when only tags, entities such as &amp;nbsp; and white space remain.</summary>
public static partial class HtmlText
{
    /// <summary>The text of a (sanitized) body, one line per paragraph, list item, heading or table cell.</summary>
    public static string ToPlain(string html)
    {
        var lines = WebUtility.HtmlDecode(Tags().Replace(BlockEnds().Replace(html, "\n"), ""))
            .Replace('\u00a0', ' ').Replace('\u3000', ' ')
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return string.Join('\n', lines);
    }

    public static bool IsBlank(string html) =>
        !html.Contains("<img", StringComparison.OrdinalIgnoreCase)
        && string.IsNullOrWhiteSpace(WebUtility.HtmlDecode(Tags().Replace(html, " ")).Replace('\u00a0', ' ').Replace('\u3000', ' '));

    [GeneratedRegex(@"<(br|/p|/div|/li|/h[1-6]|/tr|/td|/th|/blockquote)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnds();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
