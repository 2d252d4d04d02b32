using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.Disclosure.Admin.Compliance;
using OrchardGov.Disclosure.Services.Compliance.Calendar;

namespace OrchardGov.Disclosure.Pages.Admin.Calendar;

/// <summary>
/// The working-day calendar the deadlines count with, for platform administrators: every year and where its
/// holidays come from; a year loaded or corrected from holiday-cn JSON (a file or pasted text); a correction removed.
/// </summary>
public sealed class IndexModel(HolidayYearStore holidays, SiteAccess access) : PageModel
{
    // A year's notice is a few kilobytes; this keeps a stray upload out of memory.
    private const long MaxBytes = 1024 * 1024;

    public IReadOnlyList<HolidayYearRow> Years { get; private set; } = [];

    public string? Error { get; private set; }

    [BindProperty]
    public string? Json { get; set; }

    public UserGrants Grants { get; private set; } = UserGrants.None;

    // Not a handler: Razor Pages would otherwise offer it as "?handler=HandlerExecution".
    [NonHandler]
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        Grants = await access.GrantsAsync(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", HttpContext.RequestAborted);
        if (!Grants.IsPlatformAdmin)
        {
            context.Result = Forbid();
            return;
        }

        await next();
    }

    public Task OnGetAsync() => LoadYearsAsync();

    public async Task<IActionResult> OnPostLoadAsync(IFormFile? file)
    {
        try
        {
            var (json, source) = await ReadAsync(file);
            var year = await holidays.LoadAsync(json, source, Grants.UserName, HttpContext.RequestAborted);
            TempData["Message"] = $"已载入 {year.Year} 年节假日安排（{year.Days.Count} 天）。";
            return Redirect("/admin/calendar");
        }
        catch (UserInputException refused)
        {
            Error = refused.Message;
            await LoadYearsAsync();
            return Page();
        }
    }

    public async Task<IActionResult> OnPostRemoveAsync(int year)
    {
        TempData["Message"] = await holidays.RemoveAsync(year, HttpContext.RequestAborted)
            ? $"已撤销载入的 {year} 年节假日安排。"
            : $"{year} 年没有管理员载入的节假日安排。";
        return Redirect("/admin/calendar");
    }

    private async Task<(string Json, string Source)> ReadAsync(IFormFile? file)
    {
        if (file is { Length: > 0 })
        {
            if (file.Length > MaxBytes)
            {
                throw new UserInputException($"“{file.FileName}”超过 1 MB，不像一年的节假日安排；请上传 holiday-cn 格式的 JSON 文件。");
            }

            using var reader = new StreamReader(file.OpenReadStream());
            return (await reader.ReadToEndAsync(HttpContext.RequestAborted), file.FileName);
        }

        return string.IsNullOrWhiteSpace(Json)
            ? throw new UserInputException("请选择 JSON 文件，或把 JSON 内容粘贴到文本框中。")
            : (Json, "粘贴的内容");
    }

    private async Task LoadYearsAsync() =>
        Years = HolidayYearRow.List(await holidays.CalendarAsync(HttpContext.RequestAborted), await holidays.LoadedAsync(HttpContext.RequestAborted));
}
