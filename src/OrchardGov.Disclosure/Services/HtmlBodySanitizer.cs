using System.Text.Json.Nodes;
using Ganss.Xss;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services;

/// <summary>
/// Removes scripts, event handlers and <c>javascript:</c> links from the HTML body of articles and single-page
/// columns whenever a version is stored, so that no editor-supplied markup reaches a visitor unsanitized.
/// </summary>
public sealed class HtmlBodySanitizer : IContentItemHandler
{
    private readonly HtmlSanitizer _sanitizer = new();

    public void Saving(ContentItem version)
    {
        if (version.ContentType is not (DisclosureTypes.Article or DisclosureTypes.Column)
            || version.Part("HtmlBodyPart") is not { } body
            || body["Html"] is not JsonValue value || !value.TryGetValue<string>(out var html) || html.Length == 0)
        {
            return;
        }

        body["Html"] = Sanitize(html);
    }

    public string Sanitize(string html)
    {
        lock (_sanitizer)
        {
            return _sanitizer.Sanitize(html);
        }
    }
}
