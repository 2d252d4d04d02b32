using System.Net;

namespace OrchardGov.Web.Tests.Admin;

public sealed class AccountPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_person_changes_their_own_password_only_with_the_current_one_and_then_signs_in_with_the_new_one()
    {
        var password = await AdminClient.CreatePersonAsync(portal, "own-password");
        using var person = await AdminClient.SignInAsync(portal, "own-password", password);

        var wrong = await person.PostFormAsync("/admin/account",
            [("CurrentPassword", "not-my-password"), ("NewPassword", "Changed-Passw0rd"), ("ConfirmPassword", "Changed-Passw0rd")]);
        var changed = await person.PostFormAsync("/admin/account",
            [("CurrentPassword", password), ("NewPassword", "Changed-Passw0rd"), ("ConfirmPassword", "Changed-Passw0rd")]);

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("密码不正确", await AdminClient.ReadTextAsync(wrong));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        using var again = AdminClient.Anonymous(portal);
        Assert.NotEqual(HttpStatusCode.Redirect, (await again.SignInAsync("own-password", password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await again.SignInAsync("own-password", "Changed-Passw0rd")).StatusCode);
    }
}
