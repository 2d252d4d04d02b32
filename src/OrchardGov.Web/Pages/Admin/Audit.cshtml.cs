using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Web.Admin;

namespace OrchardGov.Web.Pages.Admin;

/// <summary>
/// The audit trail, newest first, for those who hold ViewAudit somewhere: platform administrators see everything
/// (sign-ins and people included), others the entries of the sites where they may read the audit. Exported as CSV.
/// </summary>
public sealed class AuditModel(AuditTrail audit, SiteAccess access, SiteRegistry sites, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;
    public const int ExportLimit = 100_000;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [BindProperty(SupportsGet = true, Name = "person")]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true, Name = "operation")]
    public string? Operation { get; set; }

    [BindProperty(SupportsGet = true, Name = "text")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    [Display(Name = "开始日期")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    [Display(Name = "结束日期")]
    public DateOnly? To { get; set; }

    /// <summary>Only this site's entries (a site's menu links here with its code).</summary>
    [BindProperty(SupportsGet = true, Name = "site")]
    public string? SiteCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    [Display(Name = "页码")]
    public int PageNumber { get; set; } = 1;

    public UserGrants Grants { get; private set; } = UserGrants.None;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyDictionary<int, ContentManagement.Sites.Site> Sites { get; private set; } = new Dictionary<int, ContentManagement.Sites.Site>();

    public Pager Pager { get; private set; } = new("", 1, 1, _ => "");

    public string ExportUrl => AddressWith(("handler", "Export"));

    // Not a handler: Razor Pages would otherwise offer it as "?handler=HandlerExecution".
    [NonHandler]
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        Grants = await access.GrantsAsync(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", HttpContext.RequestAborted);
        context.Result = AdminAbilities.HoldsAnywhere(Grants, SitePermission.ViewAudit) ? null : Forbid();
        if (context.Result is null)
        {
            await next();
        }
    }

    public async Task OnGetAsync()
    {
        var count = 1;
        if (await QueryAsync() is { } query)
        {
            var current = Math.Max(PageNumber, 1);
            (Entries, Total) = await audit.SearchAsync(query with { Skip = (current - 1) * PageSize, Take = PageSize }, HttpContext.RequestAborted);
            count = Pager.PageCount(Total, PageSize);
            Sites = await SitesOfAsync(Entries);
        }

        Pager = new Pager("审计日志分页", Math.Clamp(PageNumber, 1, count), count, page => AddressWith(("p", page.ToString(CultureInfo.InvariantCulture))));
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        IReadOnlyList<AuditEntry> entries = [];
        if (await QueryAsync() is { } query)
        {
            (entries, _) = await audit.SearchAsync(query with { Take = ExportLimit }, HttpContext.RequestAborted);
        }

        var csv = AuditCsv.Write(entries, await SitesOfAsync(entries), HttpContext.RequestServices.GetRequiredService<AuditActions>());
        return File(csv, "text/csv; charset=utf-8", $"audit-{ChinaTime.Today(clock):yyyyMMdd}.csv");
    }

    public static string Pretty(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return "无";
        }

        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement, Indented);
    }

    /// <summary>The search the filter asks for within what the person may read; null when the filter cannot be used.</summary>
    private async Task<AuditQuery?> QueryAsync()
    {
        if (!ModelState.IsValid)
        {
            return null;
        }

        if (From > To)
        {
            ModelState.AddModelError("", "开始日期不能晚于结束日期。");
            return null;
        }

        var cancellationToken = HttpContext.RequestAborted;
        var readable = Grants.IsPlatformAdmin ? null : (await access.SitesAllowingAsync(Grants, SitePermission.ViewAudit, cancellationToken)).Select(s => s.Id).ToList();
        if (!string.IsNullOrWhiteSpace(SiteCode))
        {
            var site = await sites.FindAsync(SiteCode.Trim(), cancellationToken);
            if (site is null || (readable is not null && !readable.Contains(site.Id)))
            {
                ModelState.AddModelError("", $"没有代码为“{SiteCode}”的站点，或你不能查看它的审计日志。");
                return null;
            }

            readable = [site.Id];
        }

        return new AuditQuery
        {
            SiteIds = readable,
            IncludePlatformEvents = readable is null,
            UserName = Person,
            Action = Operation,
            Text = Text,
            FromUtc = From is { } from ? ChinaTime.StartUtc(from) : null,
            ToUtc = To is { } to ? ChinaTime.StartUtc(to.AddDays(1)) : null,
        };
    }

    private async Task<IReadOnlyDictionary<int, ContentManagement.Sites.Site>> SitesOfAsync(IEnumerable<AuditEntry> entries) =>
        await sites.FindAsync(entries.Where(e => e.SiteId is not null).Select(e => e.SiteId!.Value).ToHashSet(), HttpContext.RequestAborted);

    private string AddressWith(params (string Name, string? Value)[] extra) => Pager.Url("/admin/audit",
        [("person", Person), ("operation", Operation), ("text", Text), ("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("site", SiteCode), .. extra]);
}
