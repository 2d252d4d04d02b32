using Microsoft.AspNetCore.Mvc;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Admin;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Services;
using OrchardGov.Disclosure.Services.IndexNumbers;
using OrchardGov.Disclosure.Services.Settings;

namespace OrchardGov.Disclosure.Pages.Admin.Settings;

/// <summary>The site's 统一社会信用代码, 索引号规则 and whether its articles need review; for the site's administrators.</summary>
public sealed class DisclosureSettingsModel(ContentStore store, DisclosureSettingsStore settings, TimeProvider clock) : SiteAdminPageModel
{
    protected override string? Feature => Manifest.Disclosure.Id;

    [BindProperty]
    public string? OrganisationCode { get; set; }

    [BindProperty]
    public string? IndexNumberRule { get; set; }

    [BindProperty]
    public bool RequireArticleReview { get; set; }

    public string? Error { get; private set; }

    /// <summary>What the rule's first number this year looks like, or why it cannot be shown.</summary>
    public string Example { get; private set; } = "";

    protected override SitePermission PermissionFor(string method, string? handler) => SitePermission.ManageSite;

    public async Task OnGetAsync()
    {
        await using var session = store.OpenSession(Site.Id);
        var current = await settings.ReadAsync(session);
        OrganisationCode = current.OrganisationCode;
        IndexNumberRule = current.IndexNumberRule;
        RequireArticleReview = current.RequireArticleReview;
        Example = ExampleOf(current);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var wanted = new DisclosureSettings
        {
            OrganisationCode = OrganisationCode ?? "",
            IndexNumberRule = IndexNumberRule ?? "",
            RequireArticleReview = RequireArticleReview,
        };
        try
        {
            await using var session = store.OpenSession(Site.Id);
            await settings.SaveAsync(session, wanted);
            await session.CommitAsync();
        }
        catch (UserInputException problem)
        {
            Error = problem.Message;
            Example = ExampleOf(wanted);
            return Page();
        }

        TempData["Notice"] = "政务公开设置已保存。";
        return Redirect($"/admin/{Site.Code}/disclosure-settings");
    }

    private string ExampleOf(DisclosureSettings current)
    {
        try
        {
            return Services.IndexNumbers.IndexNumberRule.Parse(current.IndexNumberRule).Format(current.OrganisationCode, ChinaTime.Today(clock), 1);
        }
        catch (UserInputException problem)
        {
            return problem.Message;
        }
    }
}
