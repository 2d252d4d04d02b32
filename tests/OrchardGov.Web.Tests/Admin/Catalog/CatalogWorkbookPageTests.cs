using System.Net;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.Disclosure.Excel;

namespace OrchardGov.Web.Tests.Admin.Catalog;

/// <summary>The catalog page's Excel export and import. Each test uses a township of its own.</summary>
public sealed class CatalogWorkbookPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_exported_workbook_holds_a_sheet_for_every_domain_with_the_draft_entries()
    {
        const string site = "431202007";
        using var editor = await AdminClient.ForRoleAsync(portal, site, SiteRole.Editor);
        var catalog = await CatalogEntries.ReadAsync(portal, site);

        var response = await editor.GetAsync($"/admin/{site}/catalog?handler=Export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sheets = CatalogWorkbook.Read(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(catalog.Domains.Select(d => d.Name), sheets.Select(s => s.DomainName));
        Assert.Equal(catalog.Entries.Count, sheets.Sum(s => s.Entries.Count));
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_shows_why_and_imports_nothing()
    {
        const string site = "431202101";
        using var editor = await AdminClient.ForRoleAsync(portal, site, SiteRole.Editor);
        var before = (await CatalogEntries.ReadAsync(portal, site)).Entries.Count;
        var catalog = $"/admin/{site}/catalog";

        var response = await editor.PostMultipartFormAsync($"{catalog}?handler=Import", [], [("file", "目录.xlsx", "不是表格"u8.ToArray())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("未导入任何内容", await AdminClient.ReadTextAsync(response));
        Assert.Equal(before, (await CatalogEntries.ReadAsync(portal, site)).Entries.Count);
    }

    [Fact]
    public async Task An_imported_workbook_changes_the_drafts_and_the_public_catalog_only_after_review()
    {
        const string site = "431202400";
        using var editor = await AdminClient.ForRoleAsync(portal, site, SiteRole.Editor);
        var exported = CatalogWorkbook.Read(new MemoryStream(await (await editor.GetAsync($"/admin/{site}/catalog?handler=Export")).Content.ReadAsByteArrayAsync()));
        var sheet = exported[0];
        var changed = sheet.Entries[0] with { TimeLimit = "自信息形成之日起5个工作日内" };
        using var workbook = new MemoryStream();
        CatalogWorkbook.Write(workbook, [sheet with { Entries = [changed, .. sheet.Entries.Skip(1)] }]);
        var catalog = $"/admin/{site}/catalog";

        var response = await editor.PostMultipartFormAsync($"{catalog}?handler=Import", [], [("file", "目录.xlsx", workbook.ToArray())]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("已导入为草稿", await editor.GetPageTextAsync(response.Headers.Location!.OriginalString));
        Assert.Contains((await CatalogEntries.ReadAsync(portal, site)).Entries, e => e.Item == changed.Item && e.TimeLimit == changed.TimeLimit);
        Assert.DoesNotContain((await CatalogEntries.ReadAsync(portal, site, ContentManagement.ContentItems.VersionOptions.Published)).Entries,
            e => e.TimeLimit == changed.TimeLimit);
    }
}
