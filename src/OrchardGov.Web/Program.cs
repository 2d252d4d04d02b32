using OrchardGov.Disclosure;
using OrchardGov.Web.Admin;
using OrchardGov.Web.Apis;
using OrchardGov.Web.Cli;
using OrchardGov.Web.Hosting;
using OrchardGov.Web.Portal;

if (OrchardGovCli.Handles(args))
{
    return await OrchardGovCli.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddOrchardGov();
builder.AddAdmin();

var app = builder.Build();
if (!await app.PrepareOrchardGovAsync())
{
    return 1;
}

app.UseSecurityHeaders();
app.UseOrchardGovErrorPages();
app.UseSiteHostNames();
app.UseThemeAssets();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapHealthChecks("/healthz");
app.MapPublicPortal();
app.MapContentApi();
app.MapDisclosure();
app.MapAdmin();

await app.RunAsync();
return 0;

/// <summary>The web host's entry point; public so that in-process tests can start it.</summary>
public partial class Program;
