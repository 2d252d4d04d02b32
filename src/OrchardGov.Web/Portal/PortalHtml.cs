using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace OrchardGov.Web.Portal;

/// <summary>The minimal page frame of the portal until the theme renders it.</summary>
internal static class PortalHtml
{
    public static IResult Page(string title, string body, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(Frame(title, body), "text/html; charset=utf-8", statusCode: statusCode);

    public static string Frame(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Encode(title)}</title>
        </head>
        <body>
        <main>
        {body}
        </main>
        </body>
        </html>
        """;

    // Chinese text stays readable in the page source; markup characters are still escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => Encoder.Encode(text ?? "");
}
