using System.Net;
using OrchardGov.ContentManagement.Accounts;

namespace OrchardGov.Web.Tests.Admin.Catalog;

/// <summary>Editors and reviewers keeping a township's catalog through the admin pages. Each test uses a township of its own.</summary>
public sealed class CatalogAdminTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string County = "431202";

    [Fact]
    public async Task An_editor_changes_the_time_limit_of_an_entry_submits_the_catalog_and_can_change_nothing_while_it_waits()
    {
        const string site = "431202001";
        using var editor = await AdminClient.ForRoleAsync(portal, site, SiteRole.Editor);
        var entry = await CatalogEntries.ProactiveAsync(portal, site);
        var entryPage = $"/admin/{site}/catalog/entry/{entry.ContentItemId}";

        var catalog = await editor.PostFormAndFollowAsync(entryPage, CatalogEntries.FormOf(entry with { TimeLimit = "信息形成之日起10个工作日内" }));
        Assert.Contains("已保存", catalog);
        Assert.Contains("信息形成之日起10个工作日内", catalog);

        var submitted = await editor.PostFormAndFollowAsync($"/admin/{site}/catalog?handler=Submit", []);
        Assert.Contains("第1版已提交审核，等待上级审核，期间不能修改", submitted);

        var refused = await editor.PostFormAsync(entryPage, CatalogEntries.FormOf(entry with { TimeLimit = "即时公开" }));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("审核完成（通过或退回）前不能修改目录", await AdminClient.ReadTextAsync(refused));
        Assert.Equal("信息形成之日起10个工作日内", (await CatalogEntries.ProactiveAsync(portal, site)).TimeLimit);
    }

    [Fact]
    public async Task A_returned_catalog_shows_the_reason_and_once_fixed_and_approved_the_public_catalog_shows_the_new_time_limit()
    {
        const string site = "431202004";
        using var editor = await AdminClient.ForRoleAsync(portal, site, SiteRole.Editor);
        using var reviewer = await AdminClient.ForRoleAsync(portal, County, SiteRole.Reviewer);
        var entry = await CatalogEntries.ProactiveAsync(portal, site);
        var entryPage = $"/admin/{site}/catalog/entry/{entry.ContentItemId}";
        var versions = $"/admin/{site}/catalog/versions";

        await editor.PostFormAndFollowAsync(entryPage, CatalogEntries.FormOf(entry with { TimeLimit = "尽快公开" }));
        await editor.PostFormAndFollowAsync($"/admin/{site}/catalog?handler=Submit", []);
        var returned = await reviewer.PostFormAndFollowAsync($"{versions}?handler=Return", [("number", "1"), ("Reason", "公开时限应写明工作日数。")]);
        Assert.Contains("已退回", returned);

        var seen = await editor.GetPageTextAsync($"/admin/{site}/catalog");
        Assert.Contains("第1版已被退回", seen);
        Assert.Contains("公开时限应写明工作日数。", seen);

        await editor.PostFormAndFollowAsync(entryPage, CatalogEntries.FormOf(entry with { TimeLimit = "自信息形成之日起15个工作日内" }));
        await editor.PostFormAndFollowAsync($"/admin/{site}/catalog?handler=Submit", []);
        Assert.DoesNotContain("自信息形成之日起15个工作日内", await portal.CreateClient().GetStringAsync($"/{site}/catalog"));
        var approved = await reviewer.PostFormAndFollowAsync($"{versions}?handler=Approve", [("number", "2")]);
        Assert.Contains("已通过", approved);

        Assert.Contains("自信息形成之日起15个工作日内", await portal.CreateClient().GetStringAsync($"/{site}/catalog"));
    }

    [Fact]
    public async Task An_editor_of_a_sibling_township_is_forbidden_this_townships_catalog_and_entry_form_and_nothing_changes()
    {
        const string site = "431202002";
        using var stranger = await AdminClient.ForRoleAsync(portal, "431202003", SiteRole.Editor);
        var entry = await CatalogEntries.ProactiveAsync(portal, site);

        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/admin/{site}/catalog")).StatusCode);
        // The form and its token come from the stranger's own township, as a forged request would carry them.
        var ownEntryPage = "/admin/431202003/catalog/entry";
        var posted = await stranger.PostFormAsync($"/admin/{site}/catalog/entry/{entry.ContentItemId}",
            CatalogEntries.FormOf(entry with { TimeLimit = "永不公开" }), formUrl: ownEntryPage);

        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal(entry.TimeLimit, (await CatalogEntries.ProactiveAsync(portal, site)).TimeLimit);
    }

    [Fact]
    public async Task Removing_a_column_that_serves_an_entry_is_refused_in_chinese_and_the_column_stays()
    {
        const string site = "431202005";
        using var editor = await AdminClient.ForRoleAsync(portal, site, SiteRole.Editor);
        var entry = await CatalogEntries.ProactiveAsync(portal, site);
        var columns = $"/admin/{site}/columns";

        var response = await editor.PostFormAsync($"{columns}?handler=Remove", [("columnId", entry.ColumnId!)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AdminClient.ReadTextAsync(response);
        Assert.Contains($"对应公开事项“{entry.Category} / {entry.Item}”，请先在目录中把该事项改到其他栏目", page);
        Assert.NotNull((await CatalogEntries.ReadAsync(portal, site)).Columns.Find(entry.ColumnId));
    }

    [Fact]
    public async Task The_compare_page_shows_a_changed_field_with_its_value_before_and_after()
    {
        const string site = "431202006";
        using var editor = await AdminClient.ForRoleAsync(portal, site, SiteRole.Editor);
        var entry = await CatalogEntries.ProactiveAsync(portal, site);
        var entryPage = $"/admin/{site}/catalog/entry/{entry.ContentItemId}";
        await editor.PostFormAndFollowAsync(entryPage, CatalogEntries.FormOf(entry with { TimeLimit = "每季度第一个月10日前" }));
        await editor.PostFormAndFollowAsync($"/admin/{site}/catalog?handler=Submit", []);

        var page = await editor.GetPageTextAsync($"/admin/{site}/catalog/compare?from=published&to=1");

        Assert.Contains("修改 1 项", page);
        Assert.Contains($"<caption>{entry.Category} / {entry.Item}</caption>", page);
        Assert.Contains($"<th scope=\"row\">公开时限</th><td><del>{entry.TimeLimit}</del></td><td><ins>每季度第一个月10日前</ins></td>", page);
    }
}
