using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure;
using OrchardGov.Recipes.Scaffolding;

namespace OrchardGov.Web.Tests.Admin;

public sealed class DisabledModuleTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Turning_the_module_off_on_one_township_makes_its_admin_api_and_public_pages_404_there_and_nowhere_else()
    {
        using var admin = await AdminClient.ForNewPersonAsync(portal, "module-switcher", platformAdmin: true);
        var townships = portal.Services.GetRequiredService<SiteScaffolder>().TownshipsUnder("431202");
        var (off, on) = (townships[2].Code, townships[3].Code);
        string[] Paths(string code) =>
        [
            $"/admin/{code}/catalog", $"/admin/{code}/catalog/versions", $"/admin/{code}/columns", $"/admin/{code}/articles",
            $"/admin/{code}/articles/edit", $"/admin/{code}/disclosure-settings", $"/api/admin/{code}/catalog/", $"/api/admin/{code}/articles",
            $"/{code}/catalog", $"/{code}/sitemap.xml",
        ];
        foreach (var path in Paths(off))
        {
            Assert.True((await admin.GetAsync(path)).StatusCode == HttpStatusCode.OK, $"{path} should answer 200 with the module on");
        }

        var site = await portal.Services.GetRequiredService<SiteRegistry>().GetAsync(off);
        await portal.Services.GetRequiredService<FeatureService>().DisableAsync(site.Id, Manifest.Disclosure.Id);

        foreach (var path in Paths(off))
        {
            Assert.True((await admin.GetAsync(path)).StatusCode == HttpStatusCode.NotFound, $"{path} should answer 404 with the module off");
        }

        foreach (var path in Paths(on))
        {
            Assert.True((await admin.GetAsync(path)).StatusCode == HttpStatusCode.OK, $"{path} should still answer 200 on a site with the module on");
        }

        var menu = await admin.GetPageAsync($"/admin/{off}");
        Assert.DoesNotContain($"/admin/{off}/catalog", menu);
        Assert.Contains($"/admin/{on}/catalog", await admin.GetPageAsync($"/admin/{on}"));
    }
}
