using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Portal.BrowserTests.Browser;
using OrchardGov.Recipes.Scaffolding;

namespace OrchardGov.Portal.BrowserTests.Admin;

/// <summary>The admin pages an editor and a reviewer work in, checked with axe-core like the public pages.</summary>
[Collection(PortalCollection.Name)]
public sealed class AdminAccessibilityTests(PortalBrowser portal)
{
    private const string Password = "Axe-Check-Passw0rd";

    [SkippableFact]
    public async Task The_admin_pages_have_no_serious_or_critical_accessibility_violations()
    {
        portal.SkipIfUnavailable();
        var township = portal.Services.GetRequiredService<SiteScaffolder>().TownshipsUnder("431202")[^2].Code;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var people = scope.ServiceProvider.GetRequiredService<AccountDirectory>();
            var person = await people.FindAsync("axe-admin") ?? await people.CreateAsync("axe-admin", "无障碍检查", Password);
            await people.AssignAsync(person, await portal.Services.GetRequiredService<SiteRegistry>().GetAsync(township), SiteRole.SiteAdmin);
        }

        var page = await (await portal.NewVisitorAsync(Viewports.Desktop)).NewPageAsync();
        var problems = new List<string>();
        await page.GotoAsync(portal.Url("/admin/login"));
        await CheckAsync(page, "/admin/login", problems);
        await page.GetByLabel("用户名").FillAsync("axe-admin");
        await page.GetByLabel("密码").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/admin/login"));

        foreach (var path in new[]
                 {
                     "/admin", $"/admin/{township}", $"/admin/{township}/settings", $"/admin/{township}/users", "/admin/audit",
                     $"/admin/{township}/catalog", $"/admin/{township}/catalog/entry", $"/admin/{township}/catalog/versions",
                     $"/admin/{township}/columns", $"/admin/{township}/articles", $"/admin/{township}/articles/edit",
                     $"/admin/{township}/disclosure-settings",
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
