using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.Disclosure.Excel;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services;

namespace OrchardGov.Disclosure.Tests.Catalog;

/// <summary>A catalog exported to Excel from one site and imported into another.</summary>
public abstract class CatalogImportTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : DisclosureFixture
{
    [SkippableFact]
    public async Task A_catalog_exported_to_excel_and_imported_into_another_site_is_the_same_catalog_there()
    {
        fixture.SkipIfUnavailable();
        var source = (await fixture.Scaffolder.ScaffoldAsync("431226101", "township")).Site;
        var target = (await fixture.Scaffolder.ScaffoldAsync("431226102", "township")).Site;
        var sourceCatalog = await fixture.CatalogAsync(source);
        var edited = sourceCatalog.EntriesOf("health").First() with { Elements = "本镇卫生院地址、开放时间、联系电话", ResponsiblePerson = "张三" };
        var local = edited with { Item = "乡村医生名单", Order = sourceCatalog.EntriesOf("health").Count() + 1, ContentItemId = "", ColumnId = null };
        var sheets = sourceCatalog.Domains.Select(d => new CatalogSheet(d.Name,
            sourceCatalog.EntriesOf(d.Key).Select(e => e.ContentItemId == edited.ContentItemId ? edited : e)
                .Concat(d.Key == "health" ? [local] : []).ToList())).ToList();

        var result = await ImportAsync(target, Workbook(sheets));

        Assert.Equal(1, result.Created);
        Assert.Equal(1, result.Updated);
        var imported = await fixture.CatalogAsync(target);
        Assert.Equal(Rows(sheets.SelectMany(s => s.Entries)), Rows(imported.Entries));
        var newEntry = imported.Entries.Single(e => e.Item == "乡村医生名单");
        Assert.EndsWith($" > {newEntry.Category} > 乡村医生名单", imported.Columns.PathOf(newEntry.ColumnId!));
    }

    [SkippableFact]
    public async Task A_workbook_with_a_bad_row_is_refused_with_its_row_number_and_nothing_is_imported()
    {
        fixture.SkipIfUnavailable();
        var site = (await fixture.Scaffolder.ScaffoldAsync("431226103", "township")).Site;
        var before = Rows((await fixture.CatalogAsync(site, VersionOptions.Latest)).Entries);
        var health = (await fixture.CatalogAsync(site)).EntriesOf("health").ToList();
        var rows = health.Select(e => e with { Elements = e.Elements + "（修订）" }).Append(health[0]).ToList();

        var error = Assert.ThrowsAny<UserInputException>(() => CatalogWorkbook.Read(Workbook([new CatalogSheet("医疗卫生", rows)])));

        Assert.Contains($"第{rows.Count + 1}行", error.Message);
        Assert.Equal(before, Rows((await fixture.CatalogAsync(site, VersionOptions.Latest)).Entries));
    }

    [SkippableFact]
    public async Task A_sheet_named_after_a_domain_the_site_does_not_have_is_refused_and_nothing_is_imported()
    {
        fixture.SkipIfUnavailable();
        var site = (await fixture.Scaffolder.ScaffoldAsync("431226104", "township")).Site;
        var catalog = await fixture.CatalogAsync(site);
        var before = Rows(catalog.Entries);
        var sheets = new[]
        {
            new CatalogSheet("医疗卫生", catalog.EntriesOf("health").Select(e => e with { Elements = "改" }).ToList()),
            new CatalogSheet("体育", catalog.EntriesOf("health").Take(1).ToList()),
        };

        var error = await Assert.ThrowsAsync<UserInputException>(() => ImportAsync(site, Workbook(sheets)));

        Assert.Contains("“体育”不是本站点的领域", error.Message);
        Assert.Equal(before, Rows((await fixture.CatalogAsync(site, VersionOptions.Latest)).Entries));
    }

    private async Task<CatalogImportResult> ImportAsync(OrchardGov.ContentManagement.Sites.Site site, Stream workbook)
    {
        await using var session = fixture.Store.OpenSession(site.Id);
        var result = await fixture.Services.GetRequiredService<CatalogImporter>().ImportAsync(session, CatalogWorkbook.Read(workbook));
        await session.CommitAsync();
        return result;
    }

    private static MemoryStream Workbook(IReadOnlyList<CatalogSheet> sheets)
    {
        var stream = new MemoryStream();
        CatalogWorkbook.Write(stream, sheets);
        stream.Position = 0;
        return stream;
    }

    // Everything a reader of the catalog sees of an entry, ids and columns aside.
    private static List<string> Rows(IEnumerable<CatalogEntry> entries) => entries
        .Select(e => string.Join("|", e.Category, e.Item, e.Elements, e.LegalBasis, e.TimeLimit, e.ResponsibleBody, string.Join("、", e.Channels),
            e.Audience, e.Method, e.WithheldReason, string.Join("、", e.Levels), e.ResponsibleUnit, e.ResponsiblePerson, e.Source, e.Order))
        .Order(StringComparer.Ordinal).ToList();
}

public sealed class SqliteCatalogImportTests(SqliteDisclosureFixture fixture) : CatalogImportTests<SqliteDisclosureFixture>(fixture);

public sealed class PostgresCatalogImportTests(PostgresDisclosureFixture fixture) : CatalogImportTests<PostgresDisclosureFixture>(fixture);
