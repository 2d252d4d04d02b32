using System.Text.Json.Nodes;
using Fluid;
using OrchardGov.ContentManagement.Contents;

namespace OrchardGov.ContentManagement.Theming;

/// <summary>
/// A site's own versions of theme templates, stored in the site's "Templates" document (as Orchard Core's
/// Templates feature stores them): a change shows at once, without a release, on that site only.
/// </summary>
public static class SiteTemplates
{
    public const string DocumentType = "Templates";

    private static readonly FluidParser Parser = new();

    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(ContentSession session)
    {
        var document = await session.Documents.GetObjectAsync(DocumentType);
        return document.Where(pair => pair.Value is JsonValue).ToDictionary(pair => pair.Key, pair => pair.Value!.GetValue<string>());
    }

    /// <summary>Stores the site's version of a template; a template that does not parse is refused with Fluid's message.</summary>
    public static async Task SaveAsync(ContentSession session, ThemeFolder theme, string name, string source)
    {
        if (theme.Template(name) is null)
        {
            throw new UserInputException($"The theme has no template '{name}'; templates are: {string.Join(", ", theme.TemplateNames)}.");
        }

        if (!Parser.TryParse(source, out _, out var error))
        {
            throw new UserInputException($"Template '{name}' is not valid Liquid: {error}");
        }

        var document = await session.Documents.GetObjectAsync(DocumentType);
        document[name] = source;
        await session.Documents.SaveObjectAsync(DocumentType, document);
    }

    /// <summary>Goes back to the theme's template; false when the site had no version of its own.</summary>
    public static async Task<bool> ResetAsync(ContentSession session, string name)
    {
        var document = await session.Documents.GetObjectAsync(DocumentType);
        if (!document.Remove(name))
        {
            return false;
        }

        await session.Documents.SaveObjectAsync(DocumentType, document);
        return true;
    }
}
