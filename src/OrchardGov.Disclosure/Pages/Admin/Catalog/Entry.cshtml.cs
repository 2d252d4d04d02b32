using Microsoft.AspNetCore.Mvc;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Admin;
using OrchardGov.Disclosure.Services;
using OrchardGov.Disclosure.Services.Editing;
using OrchardGov.Disclosure.Services.Review;

namespace OrchardGov.Disclosure.Pages.Admin.Catalog;

/// <summary>Edits one catalog entry, or adds a local one (no id), as a draft for the next review.</summary>
public sealed class EntryModel(CatalogReader reader, CatalogReview review, CatalogEditor editor) : DisclosureAdminPage
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty]
    public CatalogEntryForm Form { get; set; } = new();

    public SiteCatalog Catalog { get; private set; } = null!;

    public IReadOnlyList<ColumnChoice> Columns { get; private set; } = [];

    public CatalogVersion? Pending { get; private set; }

    public bool IsNew => string.IsNullOrEmpty(Id);

    public async Task<IActionResult> OnGetAsync(string? domain)
    {
        await LoadAsync();
        if (IsNew)
        {
            Form.Domain = domain ?? Catalog.Domains.FirstOrDefault()?.Key ?? "";
            return Page();
        }

        if (Catalog.Entries.FirstOrDefault(e => e.ContentItemId == Id) is not { } entry)
        {
            return NotFound();
        }

        Form = CatalogEntryForm.From(entry);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var entry = Form.ToEntry(Id ?? "");
            if (await TryChangeAsync(session => editor.SaveEntryAsync(session, entry)))
            {
                Notify($"已保存“{entry.Category} / {entry.Item}”，提交上级审核通过后公开。");
                return LocalRedirect($"/admin/{Site.Code}/catalog");
            }
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        await using var session = OpenSession();
        Catalog = await reader.ReadAsync(session, VersionOptions.Latest);
        Columns = ColumnChoice.AllOf(Catalog.Columns);
        Pending = await review.PendingAsync(session);
    }
}
