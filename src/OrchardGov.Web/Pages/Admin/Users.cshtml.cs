using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Web.Admin;

namespace OrchardGov.Web.Pages.Admin;

/// <summary>
/// The people a person administers: everyone for a platform administrator, otherwise the people with roles on the
/// sites they manage (and only those roles). Open to whoever manages at least one site.
/// </summary>
public sealed class UsersModel(AccountAdministration accounts, SiteAccess access, SiteRegistry sites) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    [Display(Name = "页码")]
    public int PageNumber { get; set; } = 1;

    public UserGrants Grants { get; private set; } = UserGrants.None;

    public int Total { get; private set; }

    public Pager Pager { get; private set; } = new("", 1, 1, _ => "");

    public IReadOnlyList<UserSummary> People { get; private set; } = [];

    public NewPersonForm Person { get; private set; } = new();

    public NewAccount? Created { get; private set; }

    public IReadOnlyList<(string Name, string Label)> Roles => AccountAdministration.RoleChoices(Grants.IsPlatformAdmin);

    // Not a handler: Razor Pages would otherwise offer it as "?handler=HandlerExecution".
    [NonHandler]
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        Grants = await access.GrantsAsync(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", HttpContext.RequestAborted);
        if (!AdminAbilities.HoldsAnywhere(Grants, SitePermission.ManageSite))
        {
            context.Result = Forbid();
            return;
        }

        await next();
    }

    public Task OnGetAsync() => LoadPeopleAsync();

    public async Task<IActionResult> OnPostCreateAsync(NewPersonForm person)
    {
        Person = person;
        if (ModelState.IsValid && await UserInputErrors.TryAsync(ModelState, async () =>
                Created = await accounts.CreateAsync(Grants, person.UserName, person.DisplayName, person.Role, await SiteForAsync(person))))
        {
            // The password is in this answer only: not stored, not kept in a cookie for a redirect, not cached.
            Response.Headers.CacheControl = "no-store";
            Person = new NewPersonForm();
        }

        await LoadPeopleAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? userName, string? siteCode, string? role)
    {
        string? message = null;
        if (await UserInputErrors.TryAsync(ModelState, async () =>
            {
                var site = await sites.FindAsync(siteCode ?? "") ?? throw NoSuchSite(siteCode);
                var user = await accounts.RemoveAsync(Grants, userName ?? "", site, role ?? "");
                message = $"已撤销 {user.UserName} 在{site.Name}（{site.Code}）的角色。";
            }))
        {
            TempData["Message"] = message;
            return RedirectToPage();
        }

        await LoadPeopleAsync();
        return Page();
    }

    private async Task LoadPeopleAsync()
    {
        var matching = (await accounts.PeopleAsync(Grants)).Where(person => string.IsNullOrWhiteSpace(Q)
            || person.UserName.Contains(Q.Trim(), StringComparison.OrdinalIgnoreCase)
            || person.DisplayName.Contains(Q.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        Total = matching.Count;
        var count = Pager.PageCount(Total, PageSize);
        var current = Math.Clamp(PageNumber, 1, count);
        Pager = new Pager("用户列表分页", current, count, page => Pager.Url("/admin/users", ("q", Q), ("p", page.ToString())));
        People = matching.Skip((current - 1) * PageSize).Take(PageSize).ToList();
    }

    private async Task<ContentManagement.Sites.Site?> SiteForAsync(NewPersonForm person) =>
        person.Role == SiteRoleNames.PlatformAdmin || string.IsNullOrWhiteSpace(person.SiteCode) ? null
        : await sites.FindAsync(person.SiteCode.Trim()) ?? throw NoSuchSite(person.SiteCode);

    private static UserInputException NoSuchSite(string? code) => new($"没有代码为“{code}”的站点。");
}
