using Microsoft.AspNetCore.Http;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Excel;
using OrchardGov.Disclosure.Services;
using OrchardGov.Disclosure.Services.Review;

namespace OrchardGov.Disclosure.Admin;

/// <summary>
/// The catalog as an uploaded or downloaded .xlsx in the admin. An import changes the drafts, which the level above
/// then reviews with the rest of the catalog; a file with any problem changes nothing.
/// </summary>
public sealed class CatalogWorkbookFile(ContentStore store, CatalogImporter importer, CatalogReview review)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Generous for a catalog (a township's whole catalog is well under 1 MB) while keeping a stray upload out of memory.
    private const long MaxBytes = 10 * 1024 * 1024;

    public static void Write(Stream output, SiteCatalog catalog) =>
        CatalogWorkbook.Write(output, catalog.Domains.Select(d => new CatalogSheet(d.Name, catalog.EntriesOf(d.Key).ToList())).ToList());

    public async Task<CatalogImportOutcome> ImportAsync(Site site, IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            return CatalogImportOutcome.Refused("请选择要导入的 Excel 文件（.xlsx）。");
        }

        if (!file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || file.Length > MaxBytes)
        {
            return CatalogImportOutcome.Refused($"“{file.FileName}”不能导入：只接受 10 MB 以内的 .xlsx 文件，请先用“导出 Excel”得到的表格修改后再导入。");
        }

        try
        {
            using var copy = new MemoryStream();
            await file.CopyToAsync(copy);
            copy.Position = 0;
            var sheets = CatalogWorkbook.Read(copy);
            await using var session = store.OpenSession(site.Id);
            await review.EnsureEditableAsync(session);
            var result = await importer.ImportAsync(session, sheets, publish: false);
            await session.CommitAsync();
            return new CatalogImportOutcome(result, null, []);
        }
        catch (CatalogWorkbookException malformed)
        {
            return new CatalogImportOutcome(null, $"“{file.FileName}”有 {malformed.Problems.Count} 处问题，未导入任何内容：", malformed.Problems);
        }
        catch (UserInputException refused)
        {
            return CatalogImportOutcome.Refused(refused.Message);
        }
    }
}
