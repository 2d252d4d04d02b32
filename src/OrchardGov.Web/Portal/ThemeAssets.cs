using OrchardGov.ContentManagement.Theming;

namespace OrchardGov.Web.Portal;

/// <summary>The theme's stylesheets and images under <c>/theme/</c>, read from the theme folder at run time.</summary>
public static class ThemeAssets
{
    public static WebApplication UseThemeAssets(this WebApplication app)
    {
        var theme = app.Services.GetRequiredService<ThemeFolder>();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = theme.Assets,
            RequestPath = "/theme",
            // Browsers keep assets for an hour, then check them again (ETag / Last-Modified).
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        return app;
    }
}
