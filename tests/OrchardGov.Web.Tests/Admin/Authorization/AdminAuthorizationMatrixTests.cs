using System.Net;

namespace OrchardGov.Web.Tests.Admin.Authorization;

/// <summary>
/// Every admin operation, as every kind of person, on their own township, a sibling township and the county above:
/// what the role allows goes through; everything else answers 403 or 404 and leaves the store as it was.
/// </summary>
[Collection(AuthorizationMatrixCollection.Name)]
public sealed class AdminAuthorizationMatrixTests(AuthorizationMatrixFixture matrix)
{
    /// <summary>Each operation on each of the three sites; an operation that serves no one site once, with no site.</summary>
    public static TheoryData<RouteName, TargetSite?> Cases()
    {
        var cases = new TheoryData<RouteName, TargetSite?>();
        foreach (var route in AdminRoutes.All)
        {
            if (!route.IsSiteScoped)
            {
                cases.Add(new RouteName(route.Key), null);
                continue;
            }

            foreach (var site in Enum.GetValues<TargetSite>())
            {
                cases.Add(new RouteName(route.Key), site);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task A_platform_admin_may_do_everything_on_every_site(RouteName route, TargetSite? site) =>
        VerifyAsync(Persona.PlatformAdmin, route, site);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task A_township_admin_views_edits_manages_and_audits_their_own_township_and_nothing_else(RouteName route, TargetSite? site) =>
        VerifyAsync(Persona.TownshipAdmin, route, site);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task A_township_editor_views_and_edits_their_own_township_and_nothing_else(RouteName route, TargetSite? site) =>
        VerifyAsync(Persona.TownshipEditor, route, site);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task A_county_reviewer_views_and_reviews_the_townships_below_and_nothing_on_the_county_itself(RouteName route, TargetSite? site) =>
        VerifyAsync(Persona.CountyReviewer, route, site);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task A_person_without_a_role_can_do_nothing_on_any_site(RouteName route, TargetSite? site) =>
        VerifyAsync(Persona.NoRole, route, site);

    private async Task VerifyAsync(Persona persona, RouteName name, TargetSite? target)
    {
        var route = AdminRoutes.Find(name.Key);
        var site = target ?? TargetSite.Township;
        var allowed = route.PlatformOnly ? persona == Persona.PlatformAdmin
            : target is { } aimed ? RolePolicy.Allows(persona, aimed, route.Needs!.Value) : RolePolicy.AllowsOffSite(persona, route.Needs);
        using var request = await matrix.PrepareAsync(persona, route, site);
        var before = await matrix.FingerprintAsync();

        using var response = await request.SendAsync();

        var status = (int)response.StatusCode;
        var what = $"{route.Key} as {persona} on {(target is null ? "no site" : $"{target} {matrix.Site(site).Code}")} answered {status}";
        if (allowed)
        {
            Assert.False(IsRefusal(route, response), $"{what}, but the role allows it: {await BodyAsync(response)}");
        }
        else
        {
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound,
                $"{what}, but the role does not allow it, so it must be 403 or 404: {await BodyAsync(response)}");
            Assert.Equal(before, await matrix.FingerprintAsync());
        }
    }

    /// <summary>
    /// An allowed request may still be turned down for its content (400, 409), but never as though the person
    /// lacked the right, and never by a failure of the server; a page may redirect, but only signing out leads
    /// to the login page.
    /// </summary>
    private static bool IsRefusal(AdminRoute route, HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (int)response.StatusCode >= 500
        || (!route.EndsSession && response.Headers.Location is { } location
            && location.OriginalString.Contains("/admin/login", StringComparison.OrdinalIgnoreCase));

    private static async Task<string> BodyAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return body.Length > 400 ? body[..400] + "…" : body;
    }
}
