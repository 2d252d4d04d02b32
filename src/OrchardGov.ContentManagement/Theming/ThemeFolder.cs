using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace OrchardGov.ContentManagement.Theming;

/// <summary>
/// The theme on disk: <c>Views/*.liquid</c> and the assets in <c>wwwroot/</c>. Files are read at run time, so an
/// edited template shows at the next request; <see cref="Changed"/> fires when any file of the theme changes.
/// </summary>
public sealed class ThemeFolder : IDisposable
{
    private readonly PhysicalFileProvider _files;

    public ThemeFolder(string path)
    {
        if (!Directory.Exists(Path.Combine(path, "Views")))
        {
            throw new DirectoryNotFoundException($"The theme folder '{path}' has no Views folder; set OrchardGov:Theme:Folder to the theme's folder.");
        }

        Root = Path.GetFullPath(path);
        _files = new PhysicalFileProvider(Root);
    }

    public string Root { get; }

    public IFileProvider Assets => new PhysicalFileProvider(Path.Combine(Root, "wwwroot"));

    /// <summary>A token that fires at the next change of any file of the theme.</summary>
    public IChangeToken Changed() => _files.Watch("**/*");

    /// <summary>The template's file, or null when the theme has no template of that name.</summary>
    public FileInfo? Template(string name)
    {
        var file = new FileInfo(Path.Combine(Root, "Views", name + ".liquid"));
        return file.Exists ? file : null;
    }

    public IEnumerable<string> TemplateNames =>
        Directory.EnumerateFiles(Path.Combine(Root, "Views"), "*.liquid").Select(f => Path.GetFileNameWithoutExtension(f)).Order();

    public void Dispose() => _files.Dispose();
}
