using System.Net;

namespace OrchardGov.Web.Tests.Admin.Authorization;

/// <summary>Someone who has not signed in reaches no admin operation: pages send them to sign in, the API answers 401.</summary>
[Collection(AuthorizationMatrixCollection.Name)]
public sealed class AnonymousAdminAccessTests(AuthorizationMatrixFixture matrix)
{
    public static TheoryData<RouteName> Routes() => [.. AdminRoutes.All.Select(route => new RouteName(route.Key))];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_and_changes_nothing(RouteName route)
    {
        var operation = AdminRoutes.Find(route.Key);
        using var request = await matrix.PrepareAsync(null, operation, TargetSite.Township);
        var before = await matrix.FingerprintAsync();

        using var response = await request.SendAsync();

        if (operation.IsApi)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/admin/login", new Uri(new Uri("https://localhost"), response.Headers.Location!).AbsolutePath);
        }

        Assert.Equal(before, await matrix.FingerprintAsync());
    }
}
