using Microsoft.AspNetCore.Mvc;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.Disclosure.Admin;
using OrchardGov.Disclosure.Services;
using OrchardGov.Disclosure.Services.Review;

namespace OrchardGov.Disclosure.Pages.Admin.Catalog;

/// <summary>Every submitted version of the catalog with its decision; the level above approves or returns the pending one here.</summary>
public sealed class VersionsModel(CatalogReview review) : DisclosureAdminPage
{
    public IReadOnlyList<CatalogVersion> Versions { get; private set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    protected override SitePermission PermissionFor(string method, string? handler) =>
        handler is "Approve" or "Return" ? SitePermission.Review : base.PermissionFor(method, handler);

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(int number)
    {
        if (await TryChangeAsync(session => review.ApproveAsync(session, number)))
        {
            Notify($"目录第{number}版已通过，已成为公开的目录。");
            return RedirectToPage();
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostReturnAsync(int number)
    {
        if (await TryChangeAsync(session => review.ReturnAsync(session, number, Reason ?? "")))
        {
            Notify($"目录第{number}版已退回，编辑将看到退回理由。");
            return RedirectToPage();
        }

        await LoadAsync();
        return Page();
    }

    public static string StatusOf(CatalogVersion version) => version.Status switch
    {
        CatalogVersionStatus.Submitted => "待审核",
        CatalogVersionStatus.Approved => "已通过",
        _ => "已退回",
    };

    public static string Shown(DateTime? utc) => utc is { } at ? ChinaTime.ToChina(at).ToString("yyyy-MM-dd HH:mm") : "";

    private async Task LoadAsync()
    {
        await using var session = OpenSession();
        Versions = await review.VersionsAsync(session);
    }
}
