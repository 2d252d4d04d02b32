using System.Text.Json.Serialization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.WebEncoders;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.Web.Apis;

namespace OrchardGov.Web.Admin;

/// <summary>The admin: Razor Pages under <c>/admin</c>, sign-in with Identity's cookie, anti-forgery on every form.</summary>
public static class AdminServices
{
    public const string LoginPath = "/admin/login";

    public static IHostApplicationBuilder AddAdmin(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        // Razor writes Chinese as it is, not as numeric character references.
        services.Configure<WebEncoderOptions>(encoders => encoders.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton<IAuditActorSource, HttpAuditActor>();
        services.AddSingleton<AuditActions>();
        services.AddSingleton<SiteAdministration>();
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin");
            options.Conventions.AllowAnonymousToPage("/Admin/Login");
        }).AddMvcOptions(mvc => ChineseBindingMessages.Apply(mvc.ModelBindingMessageProvider));
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddAuthorization();
        services.AddIdentityCore<AdminUser>().AddSignInManager();
        // A reset password or a removed account ends the person's other sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddScoped<AdminNavigation>();
        services.AddScoped<SiteAdminLinks>();
        services.AddScoped<AccountAdministration>();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = ".OrchardGov.Admin";
            cookie.Cookie.HttpOnly = true;
            // Secure whenever the request is HTTPS; behind a TLS proxy set ASPNETCORE_FORWARDEDHEADERS_ENABLED=true so
            // that requests are seen as HTTPS. Plain HTTP stays usable for a local installation.
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.Path = "/";
            cookie.LoginPath = LoginPath;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            // The JSON API and forbidden pages answer with status codes, not a redirect to a page.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            cookie.Events.OnRedirectToLogin = context =>
            {
                if (IsApi(context.Request.Path))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                }
                else
                {
                    context.Response.Redirect(context.RedirectUri);
                }

                return Task.CompletedTask;
            };
        });
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = ".OrchardGov.Antiforgery";
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });
        return builder;
    }

    public static WebApplication MapAdmin(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapAdminSitesApi();
        app.MapAdminPeopleApi();
        app.MapOpenApi();
        return app;
    }

    // JSON routes answer 401 rather than a redirect to the sign-in page: /api/admin/... and a site's /{code}/api/....
    private static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api") || path.Value?.Split('/', 4) is [_, _, "api", ..];
}
