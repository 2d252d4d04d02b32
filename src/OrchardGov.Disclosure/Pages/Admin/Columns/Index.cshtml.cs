using Microsoft.AspNetCore.Mvc;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Admin;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services;
using OrchardGov.Disclosure.Services.Editing;

namespace OrchardGov.Disclosure.Pages.Admin.Columns;

/// <summary>The site's column tree; changes are public at once, and a column serving a catalog entry is kept until the entry moves.</summary>
public sealed class IndexModel(CatalogReader reader, ColumnEditor editor) : DisclosureAdminPage
{
    public static readonly IReadOnlyList<ColumnKind> OfferedKinds = [ColumnKind.List, ColumnKind.SinglePage, ColumnKind.Link];

    public SiteCatalog Catalog { get; private set; } = null!;

    public IReadOnlyList<ColumnChoice> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public Task<IActionResult> OnPostAddAsync(string? parentId, string? title, string? slug, ColumnKind kind, string? linkUrl) =>
        ChangeAsync($"已新增栏目“{title?.Trim()}”。", session => editor.AddAsync(session, new Column
        {
            Title = title ?? "", Slug = slug ?? "", ParentId = string.IsNullOrEmpty(parentId) ? null : parentId,
            Kind = OfferedKinds.Contains(kind) ? kind : ColumnKind.List, LinkUrl = kind == ColumnKind.Link ? linkUrl?.Trim() ?? "" : "",
        }));

    public Task<IActionResult> OnPostRenameAsync(string columnId, string? title) =>
        ChangeAsync($"栏目已改名为“{title?.Trim()}”。", session => editor.RenameAsync(session, columnId, title ?? ""));

    public Task<IActionResult> OnPostMoveAsync(string columnId, string? parentId) =>
        ChangeAsync("栏目已移动。", session => editor.MoveAsync(session, columnId, string.IsNullOrEmpty(parentId) ? null : parentId));

    public Task<IActionResult> OnPostHiddenAsync(string columnId, bool hidden) =>
        ChangeAsync(hidden ? "栏目已隐藏，公众不再看到它和它的下级栏目。" : "栏目已恢复显示。", session => editor.SetHiddenAsync(session, columnId, hidden));

    public Task<IActionResult> OnPostRemoveAsync(string columnId) =>
        ChangeAsync("栏目已删除。", session => editor.RemoveAsync(session, columnId));

    /// <summary>The catalog entries a column publishes, as the editor knows them.</summary>
    public IEnumerable<CatalogEntry> EntriesOf(Column column) => Catalog.Entries.Where(e => e.ColumnId == column.ContentItemId);

    private async Task<IActionResult> ChangeAsync(string done, Func<ContentSession, Task> change)
    {
        if (await TryChangeAsync(change))
        {
            Notify(done);
            return RedirectToPage();
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        await using var session = OpenSession();
        Catalog = await reader.ReadAsync(session, VersionOptions.Latest);
        Choices = ColumnChoice.AllOf(Catalog.Columns);
    }
}
