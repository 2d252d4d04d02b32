using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Web.Apis;

namespace OrchardGov.Web.Tests.Admin;

public sealed class SiteSettingsPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_township_admin_cannot_open_the_settings_of_a_sibling_township_nor_of_the_county()
    {
        using var client = await AdminClient.ForNewPersonAsync(portal, "chengzhong-admin", roles: ("431202001", SiteRole.SiteAdmin));

        Assert.Contains("站点设置", await client.GetPageAsync("/admin/431202001/settings"));
        var sibling = await client.GetAsync("/admin/431202002/settings");
        var county = await client.GetAsync("/admin/431202/settings");

        Assert.Equal(HttpStatusCode.Forbidden, sibling.StatusCode);
        Assert.Contains("没有权限", await sibling.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, county.StatusCode);
    }

    [Fact]
    public async Task An_editor_cannot_open_the_settings_of_their_own_site()
    {
        using var client = await AdminClient.ForNewPersonAsync(portal, "chengbei-editor", roles: ("431202002", SiteRole.Editor));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/431202002")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/431202002/settings")).StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        using var client = await AdminClient.ForNewPersonAsync(portal, "hongxing-admin", roles: ("431202003", SiteRole.SiteAdmin));

        var response = await client.PostWithoutTokenAsync("/admin/431202003/settings?handler=Enable", [("feature", ContentApi.Feature.Id)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await IsEnabledAsync("431202003", ContentApi.Feature.Id));
    }

    [Fact]
    public async Task A_site_admin_enables_a_feature_and_the_audit_page_shows_it()
    {
        using var client = await AdminClient.ForNewPersonAsync(portal, "yingfeng-admin", roles: ("431202004", SiteRole.SiteAdmin));

        var response = await client.PostFormAsync("/admin/431202004/settings?handler=Enable", [("feature", ContentApi.Feature.Id)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("已启用功能：内容接口。", await client.GetPageAsync(response.Headers.Location!.OriginalString));
        Assert.True(await IsEnabledAsync("431202004", ContentApi.Feature.Id));
        var audit = await client.GetPageAsync("/admin/audit");
        Assert.Contains("启用功能", audit);
        Assert.Contains("功能 内容接口（OrchardGov.ContentApi）", audit);
        Assert.Contains("迎丰街道（431202004）", audit);
        Assert.Contains("yingfeng-admin", audit);
    }

    [Fact]
    public async Task The_footer_saved_in_the_settings_shows_on_the_public_site_and_a_blank_field_clears_its_value()
    {
        using var client = await AdminClient.ForNewPersonAsync(portal, "tuoyuan-admin", roles: ("431202005", SiteRole.SiteAdmin));
        await portal.Services.GetRequiredService<SiteRegistry>().UpdateAsync("431202005", new SiteUpdate(IcpRecord: "湘ICP备00000001号"));

        var response = await client.PostFormAsync("/admin/431202005/settings?handler=Footer",
        [
            ("Footer.Sponsor", "坨院街道办事处"), ("Footer.Contact", "0745-0000000"), ("Footer.SiteIdentificationCode", "4312020050"),
            ("Footer.IcpRecord", ""), ("Footer.PublicSecurityRecord", ""),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var home = await portal.CreateClient().GetStringAsync("/431202005/");
        Assert.Contains("主办单位：坨院街道办事处", home);
        Assert.Contains("网站标识码：4312020050", home);
        Assert.DoesNotContain("ICP备案号", home);
        Assert.Contains("修改站点信息", await client.GetPageAsync("/admin/audit?site=431202005"));
    }

    [Fact]
    public async Task A_new_site_is_created_only_directly_below_the_site_whose_settings_are_used()
    {
        using var client = await AdminClient.ForNewPersonAsync(portal, "city-admin", roles: ("4312", SiteRole.SiteAdmin));
        var sites = portal.Services.GetRequiredService<SiteRegistry>();

        var refused = await client.PostFormAsync("/admin/4312/settings?handler=CreateChild", [("childCode", "431221100")]);
        var created = await client.PostFormAsync("/admin/4312/settings?handler=CreateChild", [("childCode", "431221")]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("中方镇（431221100）的上级区划是中方县（431221），不在怀化市（4312）的正下方", await refused.Content.ReadAsStringAsync());
        Assert.Null(await sites.FindAsync("431221100"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var county = await sites.GetAsync("431221");
        Assert.Equal("中方县", county.Name);
        Assert.Equal((await sites.GetAsync("4312")).Id, county.ParentId);
        var (entries, _) = await portal.Services.GetRequiredService<AuditTrail>().SearchAsync(new AuditQuery { Action = "site.create", Text = "431221" });
        Assert.Equal("city-admin", Assert.Single(entries).UserName);
    }

    private async Task<bool> IsEnabledAsync(string siteCode, string feature)
    {
        var site = await portal.Services.GetRequiredService<SiteRegistry>().GetAsync(siteCode);
        return await portal.Services.GetRequiredService<FeatureService>().IsEnabledAsync(site.Id, feature);
    }
}
