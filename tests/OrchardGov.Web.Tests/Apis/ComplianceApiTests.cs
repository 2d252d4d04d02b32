using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Recipes.Scaffolding;
using OrchardGov.Web.Tests.Admin;

namespace OrchardGov.Web.Tests.Apis;

/// <summary><c>GET /{code}/api/compliance</c> and <c>/sites</c>: the report names overdue drafts, so only the site's people and reviewers above read it.</summary>
public sealed class ComplianceApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_township_editor_reads_the_report_while_a_visitor_and_another_township_editor_are_refused()
    {
        var (township, sibling) = await ScaffoldTwoTownshipsAsync("431226");
        using var editor = await AdminClient.ForRoleAsync(portal, township, SiteRole.Editor);
        using var siblingEditor = await AdminClient.ForRoleAsync(portal, sibling, SiteRole.Editor);
        using var visitor = AdminClient.Anonymous(portal);

        var response = await editor.GetAsync($"/{township}/api/compliance");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(township, report.GetProperty("site").GetProperty("code").GetString());
        Assert.Equal(4, report.GetProperty("vetoes").GetArrayLength());
        Assert.Equal("BlankColumns", report.GetProperty("vetoes")[3].GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync($"/{township}/api/compliance")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await siblingEditor.GetAsync($"/{township}/api/compliance")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/no-such-site/api/compliance")).StatusCode);
    }

    [Fact]
    public async Task The_county_reviewer_reads_every_township_s_figures_and_their_total()
    {
        var (township, sibling) = await ScaffoldTwoTownshipsAsync("431227");
        using var reviewer = await AdminClient.ForRoleAsync(portal, "431227", SiteRole.Reviewer);
        using var editor = await AdminClient.ForRoleAsync(portal, township, SiteRole.Editor);

        var response = await reviewer.GetAsync("/431227/api/compliance/sites");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var rows = report.GetProperty("sites").EnumerateArray().ToList();
        Assert.Equal([township, sibling], rows.Select(r => r.GetProperty("site").GetProperty("code").GetString()).Order());
        Assert.Equal(rows.Sum(r => r.GetProperty("blankColumns").GetInt32()), report.GetProperty("total").GetProperty("blankColumns").GetInt32());
        Assert.Equal(rows.Sum(r => r.GetProperty("proactiveEntries").GetInt32()), report.GetProperty("total").GetProperty("proactiveEntries").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/431227/api/compliance/sites")).StatusCode);
    }

    private async Task<(string Township, string Sibling)> ScaffoldTwoTownshipsAsync(string county)
    {
        portal.CreateClient();
        var scaffolder = portal.Services.GetRequiredService<SiteScaffolder>();
        var townships = scaffolder.TownshipsUnder(county);
        await portal.Services.GetRequiredService<SiteRegistry>().CreateAsync(new SiteCreation(county));
        await scaffolder.ScaffoldAsync(townships[0].Code, "township");
        await scaffolder.ScaffoldAsync(townships[1].Code, "township");
        return (townships[0].Code, townships[1].Code);
    }
}
