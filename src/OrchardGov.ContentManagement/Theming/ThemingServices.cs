using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Media;

namespace OrchardGov.ContentManagement.Theming;

public static class ThemingServices
{
    /// <summary>
    /// The public theme (<c>OrchardGov:Theme:Folder</c>, by default <c>themes/OrchardGov.Theme</c> beside the
    /// executable), its renderer, the page cache (<c>OrchardGov:Portal:CacheMegabytes</c>, 256 by default) and the
    /// sites' media folders (<c>OrchardGov:Media:Folder</c>, by default <c>App_Data/Media</c>).
    /// </summary>
    public static IServiceCollection AddTheming(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddSingleton(_ => new ThemeFolder(configuration["OrchardGov:Theme:Folder"]
            ?? Path.Combine(AppContext.BaseDirectory, "themes", "OrchardGov.Theme")));
        services.AddSingleton<PageRenderer>();
        services.AddSingleton(provider => new PublicPageCache(provider.GetRequiredService<ThemeFolder>(),
            configuration.GetValue("OrchardGov:Portal:CacheMegabytes", 256L) * 1024 * 1024));
        services.AddSingleton(_ => new SiteMedia(configuration["OrchardGov:Media:Folder"] ?? Path.Combine(contentRoot, "App_Data", "Media")));
        services.AddSingleton(UploadPolicy.Default with { MaxBytes = configuration.GetValue("OrchardGov:Media:MaxUploadBytes", UploadPolicy.Default.MaxBytes) });
        services.AddSingleton<MediaUploads>();
        return services;
    }
}
