using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.ContentManagement.Theming;

/// <summary>
/// Renders a page: its template, then <c>layout</c> around it (the page's HTML is the layout's <c>content</c>).
/// A site's own version of a template (<see cref="SiteTemplates"/>) wins over the theme's file. Model names are
/// snake_case in Liquid (<c>PublishedOn</c> is <c>published_on</c>); text is HTML-encoded unless printed with <c>raw</c>.
/// </summary>
public sealed class PageRenderer(ThemeFolder theme, ContentStore store)
{
    public const string LayoutTemplate = "layout";

    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = CreateOptions();
    // Chinese stays readable in the page source; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly ConcurrentDictionary<string, ParsedTemplate> _parsed = new();
    private readonly ConcurrentDictionary<int, SiteOverrides> _overrides = new();

    /// <summary>The page in the site's templates (the theme's alone when <paramref name="site"/> is null).</summary>
    public async Task<string> RenderAsync(Site? site, string template, IReadOnlyDictionary<string, object?> model, CancellationToken cancellationToken = default)
    {
        var siteId = site?.Id;
        var overrides = site is null ? null : await OverridesAsync(site);
        var context = new TemplateContext(Options);
        foreach (var (name, value) in model)
        {
            context.SetValue(name, value);
        }

        var content = await Template(siteId, overrides, template).RenderAsync(context, Encoder);
        cancellationToken.ThrowIfCancellationRequested();
        context.SetValue("content", new StringValue(content, encode: false));
        return await Template(siteId, overrides, LayoutTemplate).RenderAsync(context, Encoder);
    }

    // Read once per change stamp of the site: saving a template raises it.
    private async Task<IReadOnlyDictionary<string, string>> OverridesAsync(Site site)
    {
        if (_overrides.TryGetValue(site.Id, out var known) && known.Stamp == site.ContentStamp)
        {
            return known.Templates;
        }

        await using var session = store.OpenSession(site.Id);
        var templates = await SiteTemplates.ReadAsync(session);
        _overrides[site.Id] = new SiteOverrides(site.ContentStamp, templates);
        return templates;
    }

    private IFluidTemplate Template(int? siteId, IReadOnlyDictionary<string, string>? overrides, string name)
    {
        if (overrides is not null && overrides.TryGetValue(name, out var own))
        {
            return Parsed($"site:{siteId}:{name}", own, name);
        }

        var file = theme.Template(name) ?? throw new FileNotFoundException($"The theme has no template '{name}' ({theme.Root}/Views/{name}.liquid).");
        var version = $"{file.LastWriteTimeUtc.Ticks}:{file.Length}";
        var key = "theme:" + name;
        if (_parsed.TryGetValue(key, out var cached) && cached.Version == version)
        {
            return cached.Template;
        }

        return Parsed(key, File.ReadAllText(file.FullName), name, version);
    }

    private IFluidTemplate Parsed(string key, string source, string name, string? version = null)
    {
        version ??= source;
        if (_parsed.TryGetValue(key, out var cached) && cached.Version == version)
        {
            return cached.Template;
        }

        if (!Parser.TryParse(source, out var template, out var error))
        {
            throw new InvalidOperationException($"Template '{name}' ({key}) is not valid Liquid: {error}");
        }

        _parsed[key] = new ParsedTemplate(version, template);
        return template;
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions { MemberAccessStrategy = new UnsafeMemberAccessStrategy() };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        return options;
    }

    private sealed record ParsedTemplate(string Version, IFluidTemplate Template);

    private sealed record SiteOverrides(long Stamp, IReadOnlyDictionary<string, string> Templates);
}
