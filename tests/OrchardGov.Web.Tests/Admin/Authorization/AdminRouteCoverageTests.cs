namespace OrchardGov.Web.Tests.Admin.Authorization;

/// <summary>The matrix and the app agree on what the admin's operations are, so none goes untested and none is tested in vain.</summary>
[Collection(AuthorizationMatrixCollection.Name)]
public sealed class AdminRouteCoverageTests(AuthorizationMatrixFixture matrix)
{
    [Fact]
    public async Task Every_admin_operation_the_app_maps_is_in_the_authorization_matrix()
    {
        var listed = AdminRoutes.All.Select(route => route.Key).Concat(AdminRoutes.SignIn).ToHashSet();

        var unlisted = (await MappedAdminOperations.ListAsync(matrix.Portal.Services)).Where(key => !listed.Contains(key)).ToList();

        Assert.True(unlisted.Count == 0,
            "These admin operations are mapped but not in the authorization matrix; add each to AdminRoutes with the permission it needs:\n"
            + string.Join("\n", unlisted));
    }

    [Fact]
    public async Task Every_operation_in_the_authorization_matrix_is_mapped_by_the_app()
    {
        var mapped = (await MappedAdminOperations.ListAsync(matrix.Portal.Services)).ToHashSet();

        var stale = AdminRoutes.All.Select(route => route.Key).Concat(AdminRoutes.SignIn).Where(key => !mapped.Contains(key)).ToList();

        Assert.True(stale.Count == 0, "The authorization matrix lists operations the app does not map; correct or remove them:\n" + string.Join("\n", stale));
    }
}
