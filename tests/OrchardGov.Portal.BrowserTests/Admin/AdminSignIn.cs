using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Portal.BrowserTests.Browser;
using static Microsoft.Playwright.Assertions;

namespace OrchardGov.Portal.BrowserTests.Admin;

/// <summary>People with a role on a site, signed in to the admin through its sign-in page in a browser of their own.</summary>
public static class AdminSignIn
{
    public const string Password = "Browser-Passw0rd";

    public static async Task GrantAsync(PortalBrowser portal, string name, string siteCode, SiteRole role)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var people = scope.ServiceProvider.GetRequiredService<AccountDirectory>();
        var person = await people.FindAsync(name) ?? await people.CreateAsync(name, name, Password);
        await people.AssignAsync(person, await portal.Services.GetRequiredService<SiteRegistry>().GetAsync(siteCode), role);
    }

    /// <summary>Signs the person in within <paramref name="browser"/> (a context the test disposes) and returns the page they land on.</summary>
    public static async Task<IPage> SignInAsync(PortalBrowser portal, IBrowserContext browser, string name)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(portal.Url("/admin/login"));
        await page.GetByLabel("用户名").FillAsync(name);
        await page.GetByLabel("密码").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/login"));
        return page;
    }
}
