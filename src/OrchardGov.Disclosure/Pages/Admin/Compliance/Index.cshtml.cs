using Microsoft.AspNetCore.Mvc;
using OrchardGov.Disclosure.Admin;
using OrchardGov.Disclosure.Admin.Compliance;
using OrchardGov.Disclosure.Excel;
using OrchardGov.Disclosure.Services.Compliance;
using OrchardGov.Disclosure.Services.Compliance.Reports;

namespace OrchardGov.Disclosure.Pages.Admin.Compliance;

/// <summary>
/// A site's compliance as its editors need it this week: coverage, the veto rules, the information due, overdue
/// and late, the columns at risk, the entries with problems, and the 公开时限 that need a rule set by hand.
/// Read by those who read the site's drafts (it names draft titles); rules are set by its editors.
/// </summary>
public sealed class IndexModel(ComplianceReports reports, DeadlineRulesStore rules) : DisclosureAdminPage
{
    /// <summary>Columns this many days or fewer from counting towards a veto rule are listed with those that already count.</summary>
    public const int ColumnWarningDays = 30;

    public SiteComplianceReport Report { get; private set; } = null!;

    /// <summary>The rules people set for phrases that cannot be read, phrase → rule.</summary>
    public IReadOnlyDictionary<string, string> SetRules { get; private set; } = new Dictionary<string, string>();

    [BindProperty]
    public string? Phrase { get; set; }

    [BindProperty]
    public string? Rule { get; set; }

    public IEnumerable<ArticleFinding> DueThisWeek => Report.Articles
        .Where(a => a.State == ArticleState.Pending && a.Due <= Report.Today.AddDays(ArticleDeadlineCheck.DueSoonDays));

    public IEnumerable<ArticleFinding> Overdue => Report.Articles.Where(a => a.State == ArticleState.Overdue);

    public IEnumerable<ArticleFinding> Late => Report.Articles.Where(a => a.State == ArticleState.Late);

    public IEnumerable<ColumnFinding> ColumnsAtRisk => Report.Columns.Where(c => c.AtRisk || c.DaysUntilAtRisk <= ColumnWarningDays);

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnGetExportAsync()
    {
        var report = await reports.ForSiteAsync(Site, HttpContext.RequestAborted);
        var stream = new MemoryStream();
        ComplianceWorkbook.Write(stream, report);
        stream.Position = 0;
        return File(stream, ExcelSheet.ContentType, $"{Site.Code}-合规检查-{report.Today:yyyyMMdd}.xlsx");
    }

    /// <summary>Sets (or, with no rule, removes) the rule for a 公开时限 phrase; a rule that does not read is shown on the page and nothing is stored.</summary>
    public async Task<IActionResult> OnPostRuleAsync()
    {
        var phrase = Phrase?.Trim() ?? "";
        string? description = null;
        if (await TryChangeAsync(async session => description = (await rules.SetAsync(session, phrase, Rule))?.Description))
        {
            Notify(description is null ? $"已取消公开时限“{phrase}”的设定规则。" : $"已为公开时限“{phrase}”设定规则：{description}。");
            return Redirect($"/admin/{Site.Code}/compliance");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Report = await reports.ForSiteAsync(Site, HttpContext.RequestAborted);
        await using var session = OpenSession();
        SetRules = await rules.ReadAsync(session);
    }
}
