using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.Portal.BrowserTests.Browser;
using OrchardGov.Recipes.Scaffolding;

namespace OrchardGov.Portal.BrowserTests.Admin;

/// <summary>The admin pages an editor and a reviewer work in, checked with axe-core like the public pages.</summary>
[Collection(AdminCollection.Name)]
public sealed class AdminAccessibilityTests(PortalBrowser portal)
{
    [SkippableFact]
    public async Task The_admin_pages_have_no_serious_or_critical_accessibility_violations()
    {
        portal.SkipIfUnavailable();
        var township = portal.Services.GetRequiredService<SiteScaffolder>().TownshipsUnder("431202")[^2].Code;
        await AdminSignIn.GrantAsync(portal, "axe-admin", township, SiteRole.SiteAdmin);
        var problems = new List<string>();
        await using var browser = await portal.NewVisitorAsync(Viewports.Desktop);
        var signIn = await browser.NewPageAsync();
        await signIn.GotoAsync(portal.Url("/admin/login"));
        await CheckAsync(signIn, "/admin/login", problems);
        await signIn.CloseAsync();
        var page = await AdminSignIn.SignInAsync(portal, browser, "axe-admin");

        foreach (var path in new[]
                 {
                     "/admin", "/admin/account", $"/admin/{township}", $"/admin/{township}/settings", $"/admin/{township}/users", "/admin/audit",
                     $"/admin/{township}/catalog", $"/admin/{township}/catalog/entry", $"/admin/{township}/catalog/versions",
                     $"/admin/{township}/columns", $"/admin/{township}/articles", $"/admin/{township}/articles/edit",
                     $"/admin/{township}/disclosure-settings", $"/admin/{township}/compliance", $"/admin/{township}/compliance/sites",
                 })
        {
            var response = await page.GotoAsync(portal.Url(path));
            Assert.True(response?.Status == 200, $"{path} answered {response?.Status}");
            await CheckAsync(page, path, problems);
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static async Task CheckAsync(IPage page, string path, List<string> problems)
    {
        var violations = await AxeCheck.BlockingViolationsAsync(page);
        if (violations.Count > 0)
        {
            problems.Add($"{path}:{Environment.NewLine}{AxeCheck.Describe(violations)}");
        }
    }
}
