using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Audit;

namespace OrchardGov.Web.Tests.Admin;

public sealed class AdminSignInTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_anonymous_visitor_to_the_admin_is_sent_to_the_login_page()
    {
        using var client = AdminClient.Anonymous(portal);

        var response = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/login", response.Headers.Location!.AbsolutePath);
        var login = await client.GetPageAsync(response.Headers.Location.PathAndQuery);
        Assert.Contains("<html lang=\"zh-CN\">", login);
        Assert.Contains("<label for=\"UserName\">用户名</label>", login);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_Chinese_and_recorded_as_a_failed_login()
    {
        await AdminClient.CreatePersonAsync(portal, "wrong-password");
        using var client = AdminClient.Anonymous(portal);

        var response = await client.SignInAsync("wrong-password", "NotThePassword1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码不正确。", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
        var (entries, _) = await portal.Services.GetRequiredService<AuditTrail>().SearchAsync(new AuditQuery { Action = "login.failure", Text = "登录 wrong-password" });
        var entry = Assert.Single(entries);
        Assert.Equal("匿名", entry.UserName);
        Assert.Null(entry.SiteId);
    }

    [Fact]
    public async Task An_unknown_user_name_gets_the_same_answer_as_a_wrong_password()
    {
        using var client = AdminClient.Anonymous(portal);

        var response = await client.SignInAsync("nobody-by-this-name", "Whatever12345");

        Assert.Contains("用户名或密码不正确。", await response.Content.ReadAsStringAsync());
        var (entries, _) = await portal.Services.GetRequiredService<AuditTrail>().SearchAsync(new AuditQuery { Action = "login.failure", Text = "登录 nobody-by-this-name" });
        Assert.Single(entries);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_even_the_right_password_is_refused()
    {
        var password = await AdminClient.CreatePersonAsync(portal, "locked-out");
        using var client = AdminClient.Anonymous(portal);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SignInAsync("locked-out", "WrongPassword" + attempt);
        }

        var response = await client.SignInAsync("locked-out", password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("账号已被锁定", page);
        Assert.Contains("（北京时间）后再试", page);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
        var (entries, _) = await portal.Services.GetRequiredService<AuditTrail>().SearchAsync(new AuditQuery { Action = "login.lockout", Text = "登录 locked-out" });
        Assert.NotEmpty(entries);
    }

    [Fact]
    public async Task Signing_in_opens_the_admin_and_is_recorded_as_the_person()
    {
        using var client = await AdminClient.ForNewPersonAsync(portal, "signs-in", platformAdmin: true);

        var home = await client.GetPageAsync("/admin");

        Assert.Contains("signs-in 的姓名（signs-in）", home);
        Assert.Contains("<a href=\"/admin/users\">用户</a>", home);
        var (entries, _) = await portal.Services.GetRequiredService<AuditTrail>().SearchAsync(new AuditQuery { Action = "login.success", Text = "登录 signs-in" });
        Assert.Equal("signs-in", Assert.Single(entries).UserName);
    }

    [Theory]
    [InlineData("/admin/audit", "/admin/audit")]
    [InlineData("https://evil.example/admin", "/admin")]
    [InlineData("//evil.example/admin", "/admin")]
    public async Task After_signing_in_the_person_returns_to_the_page_they_asked_for_but_never_to_another_site(string returnUrl, string expected)
    {
        var userName = "returns-" + Guid.NewGuid().ToString("N")[..8];
        var password = await AdminClient.CreatePersonAsync(portal, userName, platformAdmin: true);
        using var client = AdminClient.Anonymous(portal);

        var response = await client.SignInAsync(userName, password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_out_takes_a_form_post_and_ends_the_session()
    {
        using var client = await AdminClient.ForNewPersonAsync(portal, "signs-out", platformAdmin: true);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.GetAsync("/admin/logout")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);

        var response = await client.PostFormAsync("/admin/logout", [], formUrl: "/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("已退出登录。", await client.GetPageAsync(response.Headers.Location!.OriginalString));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }
}
