using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Admin;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services;
using OrchardGov.Disclosure.Services.Editing;
using OrchardGov.Disclosure.Services.Review;

namespace OrchardGov.Disclosure.Pages.Admin.Catalog;

/// <summary>The draft catalog of a site, filtered, with its review status and the catalog-wide actions.</summary>
public sealed class IndexModel(CatalogReader reader, CatalogReview review, CatalogEditor editor) : DisclosureAdminPage
{
    [BindProperty(SupportsGet = true)]
    public string? Domain { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Method { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    public SiteCatalog Catalog { get; private set; } = null!;

    public CatalogVersion? Pending { get; private set; }

    public CatalogVersion? Returned { get; private set; }

    public IReadOnlyList<string> ImportProblems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostMarkDomainAsync(string domainKey, string? reason, bool applies)
    {
        if (!applies && string.IsNullOrWhiteSpace(reason))
        {
            Error = "标记未涉及时请填写说明，公众在目录中会看到这段说明。";
        }
        else if (await TryChangeAsync(session => editor.MarkDomainAsync(session, domainKey, applies ? null : reason!.Trim())))
        {
            Notify(applies ? "已取消未涉及标记，提交上级审核通过后公开。" : "已标记为未涉及，提交上级审核通过后公开。");
            return RedirectToPage();
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync()
    {
        CatalogVersion? submitted = null;
        if (await TryChangeAsync(async session => submitted = await review.SubmitAsync(session)))
        {
            Notify($"目录第{submitted!.Number}版已提交上级审核。");
            return RedirectToPage();
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        await using var session = OpenSession();
        var catalog = await reader.ReadAsync(session, VersionOptions.Latest);
        var stream = new MemoryStream();
        CatalogWorkbookFile.Write(stream, catalog);
        stream.Position = 0;
        return File(stream, CatalogWorkbookFile.ContentType, $"{Site.Code}-政务公开事项标准目录.xlsx");
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, [FromServices] CatalogWorkbookFile workbook)
    {
        var outcome = await workbook.ImportAsync(Site, file);
        if (outcome.Result is { } result)
        {
            Notify($"已导入为草稿（提交上级审核通过后公开）：新增 {result.Created} 项，修改 {result.Updated} 项，未变 {result.Unchanged} 项，新增栏目 {result.ColumnsAdded} 个。");
            return RedirectToPage();
        }

        Error = outcome.Error;
        ImportProblems = outcome.Problems;
        await LoadAsync();
        return Page();
    }

    public IEnumerable<CatalogEntry> Shown(Models.Domain domain)
    {
        var method = Method is { Length: > 0 } text ? ChineseLabels.ParseMethod(text) : null;
        return Catalog.EntriesOf(domain.Key)
            .Where(e => method is null || e.Method == method)
            .Where(e => string.IsNullOrWhiteSpace(Unit) || e.ResponsibleUnit.Contains(Unit.Trim(), StringComparison.Ordinal));
    }

    public IEnumerable<Models.Domain> ShownDomains => Catalog.Domains.Where(d => string.IsNullOrEmpty(Domain) || d.Key == Domain);

    public string ColumnPath(CatalogEntry entry) => entry.ColumnId is { } id && Catalog.Columns.Find(id) is not null ? Catalog.Columns.PathOf(id) : "";

    private async Task LoadAsync()
    {
        await using var session = OpenSession();
        Catalog = await reader.ReadAsync(session, VersionOptions.Latest);
        var versions = await review.VersionsAsync(session);
        Pending = versions.FirstOrDefault(v => v.Status == CatalogVersionStatus.Submitted);
        Returned = versions.FirstOrDefault() is { Status: CatalogVersionStatus.Returned } last ? last : null;
    }
}
