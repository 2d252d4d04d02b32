using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Recipes.Scaffolding;

namespace OrchardGov.Web.Tests.Admin;

public sealed partial class AdminHomeTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_platform_admin_with_more_sites_than_a_page_searches_and_pages_through_them()
    {
        await CreateSitesOfAsync("431222");
        await CreateSitesOfAsync("431223");
        using var client = await AdminClient.ForNewPersonAsync(portal, "many-sites", platformAdmin: true);

        var first = await client.GetPageAsync("/admin");
        var second = await client.GetPageAsync("/admin?group=all&p=2");
        var found = await client.GetPageAsync("/admin?q=沅陵");

        Assert.Contains("<label for=\"q\">按代码或名称查找站点</label>", first);
        Assert.Equal(50, SiteLinks(first).Count);
        Assert.Contains("第 1 页，共", first);
        Assert.Equal("/admin/4312", SiteLinks(first)[0]);
        Assert.DoesNotContain("/admin/4312", SiteLinks(second));
        Assert.Contains("第 2 页", second);
        Assert.Equal(["/admin/431222", "/admin/431222115"], SiteLinks(found));
    }

    [Fact]
    public async Task An_editor_sees_only_their_own_site_with_no_search_and_no_people_or_audit_menu()
    {
        using var client = await AdminClient.ForNewPersonAsync(portal, "lone-editor", roles: ("431202007", SiteRole.Editor));

        var home = await client.GetPageAsync("/admin");

        Assert.Equal(["/admin/431202007"], SiteLinks(home));
        Assert.Contains("我编辑的站点", home);
        Assert.DoesNotContain("查找站点", home);
        Assert.DoesNotContain("href=\"/admin/users\"", home);
        Assert.DoesNotContain("href=\"/admin/audit\"", home);
    }

    private async Task CreateSitesOfAsync(string countyCode)
    {
        portal.CreateClient();
        var sites = portal.Services.GetRequiredService<SiteRegistry>();
        var scaffolder = portal.Services.GetRequiredService<SiteScaffolder>();
        foreach (var township in scaffolder.TownshipsUnder(countyCode))
        {
            await scaffolder.EnsureAncestorsAsync(countyCode, township);
            await sites.CreateAsync(new SiteCreation(township.Code));
        }
    }

    private static List<string> SiteLinks(string html) =>
        SiteLinkPattern().Matches(html).Select(match => match.Groups[1].Value).ToList();

    [GeneratedRegex("<li>\\s*<a href=\"(/admin/[0-9]+)\">")]
    private static partial Regex SiteLinkPattern();
}
