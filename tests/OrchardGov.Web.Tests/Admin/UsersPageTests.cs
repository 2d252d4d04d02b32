using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Accounts;

namespace OrchardGov.Web.Tests.Admin;

public sealed partial class UsersPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_site_admin_creates_a_person_whose_generated_password_signs_them_in_to_the_site()
    {
        using var admin = await AdminClient.ForNewPersonAsync(portal, "huangjinao-admin", roles: ("431202101", SiteRole.SiteAdmin));

        var response = await admin.PostFormAsync("/admin/431202101/users?handler=Create",
            [("Person.UserName", "huangjinao-editor"), ("Person.DisplayName", "王小明"), ("Person.Role", "editor")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("已创建用户 huangjinao-editor", page);
        var password = PasswordPattern().Match(page).Groups[1].Value;
        using var editor = await AdminClient.SignInAsync(portal, "huangjinao-editor", password);
        Assert.Contains("黄金坳镇", await editor.GetPageAsync("/admin/431202101"));
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/431202101/users")).StatusCode);
        Assert.DoesNotContain(password, await admin.GetPageAsync("/admin/431202101/users"));
    }

    [Fact]
    public async Task A_site_admin_cannot_make_a_platform_admin()
    {
        using var admin = await AdminClient.ForNewPersonAsync(portal, "yingkou-admin", roles: ("431202201", SiteRole.SiteAdmin));

        var response = await admin.PostFormAsync("/admin/users?handler=Create",
            [("Person.UserName", "would-be-platform-admin"), ("Person.Role", SiteRoleNames.PlatformAdmin)]);

        Assert.Contains("只有平台管理员才能创建平台管理员。", await response.Content.ReadAsStringAsync());
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<AccountDirectory>().FindAsync("would-be-platform-admin"));
    }

    [Fact]
    public async Task A_site_admin_gives_and_removes_roles_only_on_sites_they_manage()
    {
        using var admin = await AdminClient.ForNewPersonAsync(portal, "liangtingao-admin", roles: ("431202205", SiteRole.SiteAdmin));
        await AdminClient.CreatePersonAsync(portal, "liangtingao-reviewer");

        var given = await admin.PostFormAsync("/admin/431202205/users?handler=Assign", [("userName", "liangtingao-reviewer"), ("role", "editor")]);
        var elsewhere = await admin.PostFormAsync("/admin/431202400/users?handler=Assign", [("userName", "liangtingao-reviewer"), ("role", "editor")],
            formUrl: "/admin/431202205/users");
        var fromElsewhere = await admin.PostFormAsync("/admin/users?handler=Remove",
            [("userName", "liangtingao-admin"), ("siteCode", "431202400"), ("role", "site-admin")]);

        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        Assert.Contains(PersonRow("liangtingao-reviewer"), await admin.GetPageAsync("/admin/431202205/users"));
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        Assert.Contains("你不能管理站点 黄岩旅游度假区（431202400）的用户。", await fromElsewhere.Content.ReadAsStringAsync());

        var removed = await admin.PostFormAsync("/admin/431202205/users?handler=Remove", [("userName", "liangtingao-reviewer"), ("role", "editor")]);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain(PersonRow("liangtingao-reviewer"), await admin.GetPageAsync("/admin/431202205/users"));
    }

    [Fact]
    public async Task A_site_admin_lists_only_the_people_of_the_sites_they_manage()
    {
        using var admin = await AdminClient.ForNewPersonAsync(portal, "county-people-admin", roles: ("431202", SiteRole.SiteAdmin));
        await AdminClient.CreatePersonAsync(portal, "township-editor-below", roles: ("431202001", SiteRole.Editor));
        await AdminClient.CreatePersonAsync(portal, "city-editor-above", roles: ("4312", SiteRole.Editor));

        var page = await admin.GetPageAsync("/admin/users");

        Assert.Contains(PersonRow("township-editor-below"), page);
        Assert.DoesNotContain("city-editor-above", page);
    }

    private static string PersonRow(string userName) => $"<th scope=\"row\">{userName}</th>";

    [GeneratedRegex("<p class=\"password\"><code>([^<]+)</code></p>")]
    private static partial Regex PasswordPattern();
}
