using System.Net.Http.Json;
using OrchardGov.Web.Apis;

namespace OrchardGov.Web.Tests.Admin.Authorization;

/// <summary>The list of sites a person may open, which every signed-in person may ask for, shows each only their own reach.</summary>
[Collection(AuthorizationMatrixCollection.Name)]
public sealed class AdminSiteListTests(AuthorizationMatrixFixture matrix)
{
    [Fact]
    public async Task A_township_admin_is_offered_their_township_to_manage_and_nothing_to_review()
    {
        var sites = await SitesOfAsync(Persona.TownshipAdmin);

        Assert.Equal([(matrix.Site(TargetSite.Township).Code, true, false)], sites);
    }

    [Fact]
    public async Task A_township_editor_is_offered_their_township_only_with_nothing_to_manage_or_review()
    {
        var sites = await SitesOfAsync(Persona.TownshipEditor);

        Assert.Equal([(matrix.Site(TargetSite.Township).Code, false, false)], sites);
    }

    [Fact]
    public async Task A_county_reviewer_is_offered_every_township_of_the_county_to_review_and_not_the_county()
    {
        var sites = await SitesOfAsync(Persona.CountyReviewer);

        Assert.Equal(matrix.CountyTownships.Select(code => (code, false, true)), sites);
    }

    [Fact]
    public async Task A_platform_admin_is_offered_the_county_and_its_townships_to_manage_and_review()
    {
        var sites = await SitesOfAsync(Persona.PlatformAdmin);

        Assert.Contains((matrix.Site(TargetSite.County).Code, true, true), sites);
        Assert.All(matrix.CountyTownships, code => Assert.Contains((code, true, true), sites));
    }

    [Fact]
    public async Task A_person_without_a_role_is_offered_no_site()
    {
        Assert.Empty(await SitesOfAsync(Persona.NoRole));
    }

    private async Task<List<(string Code, bool CanManage, bool CanReview)>> SitesOfAsync(Persona persona)
    {
        var sites = await matrix.SessionOf(persona).GetFromJsonAsync<List<SitePayload>>("/api/admin/sites");
        return [.. sites!.Select(site => (site.Code, site.CanManage, site.CanReview))];
    }
}
