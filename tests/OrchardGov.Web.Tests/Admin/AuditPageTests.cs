using System.Net;
using System.Text;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.Web.Apis;

namespace OrchardGov.Web.Tests.Admin;

public sealed class AuditPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_audit_export_is_a_CSV_with_a_byte_order_mark_and_the_entries_of_the_search()
    {
        using var client = await AdminClient.ForNewPersonAsync(portal, "exporter", platformAdmin: true);

        var response = await client.GetAsync("/admin/audit?handler=Export&person=exporter");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches(@"^audit-\d{8}\.csv$", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("时间（北京时间）,站点,用户,地址,操作,操作代码,对象", lines[0]);
        var row = Assert.Single(lines[1..]);
        Assert.Contains(",平台,exporter,", row);
        Assert.Contains(",登录成功,login.success,登录 exporter,", row);
    }

    [Fact]
    public async Task A_site_admin_reads_the_entries_of_their_own_site_and_not_those_of_others_or_of_the_platform()
    {
        using var own = await AdminClient.ForNewPersonAsync(portal, "hexi-admin", roles: ("431202006", SiteRole.SiteAdmin));
        using var other = await AdminClient.ForNewPersonAsync(portal, "chengnan-admin", roles: ("431202007", SiteRole.SiteAdmin));
        await own.PostFormAsync("/admin/431202006/settings?handler=Enable", [("feature", ContentApi.Feature.Id)]);
        await other.PostFormAsync("/admin/431202007/settings?handler=Enable", [("feature", ContentApi.Feature.Id)]);

        var page = await own.GetPageAsync("/admin/audit");

        Assert.Contains("河西街道（431202006）", page);
        Assert.DoesNotContain("城南街道", page);
        Assert.DoesNotContain("登录 hexi-admin", page);
        var otherSite = await own.GetPageAsync("/admin/audit?site=431202007");
        Assert.Contains("你不能查看它的审计日志", otherSite);
        Assert.DoesNotContain("城南街道", otherSite);
    }

    [Fact]
    public async Task An_editor_cannot_read_the_audit_trail()
    {
        using var client = await AdminClient.ForNewPersonAsync(portal, "audit-editor", roles: ("431202006", SiteRole.Editor));

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/audit?handler=Export")).StatusCode);
        Assert.DoesNotContain("审计日志", await client.GetPageAsync("/admin"));
    }
}
