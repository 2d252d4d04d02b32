using Microsoft.AspNetCore.Mvc;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Admin;
using OrchardGov.Web.Admin;

namespace OrchardGov.Web.Pages.Admin.Site;

/// <summary>The people with roles on one site, for those who manage it: create a person, give a role, take one away.</summary>
public sealed class UsersModel(AccountAdministration accounts) : SiteAdminPageModel
{
    public IReadOnlyList<UserSummary> People { get; private set; } = [];

    public NewPersonForm Person { get; private set; } = new();

    public NewAccount? Created { get; private set; }

    protected override SitePermission PermissionFor(string method, string? handler) => SitePermission.ManageSite;

    public IReadOnlyList<(string Name, string Label)> Roles => AccountAdministration.RoleChoices(platformAdmin: false);

    public async Task OnGetAsync() => People = await accounts.PeopleAsync(Grants, Site);

    public async Task<IActionResult> OnPostCreateAsync(NewPersonForm person)
    {
        Person = person;
        if (ModelState.IsValid && await UserInputErrors.TryAsync(ModelState, async () =>
                Created = await accounts.CreateAsync(Grants, person.UserName, person.DisplayName, person.Role, Site)))
        {
            // The password is in this answer only: not stored, not kept in a cookie for a redirect, not cached.
            Response.Headers.CacheControl = "no-store";
            Person = new NewPersonForm();
        }

        People = await accounts.PeopleAsync(Grants, Site);
        return Page();
    }

    public Task<IActionResult> OnPostAssignAsync(string? userName, string? role) => ChangeAsync(async () =>
    {
        var user = await accounts.AssignAsync(Grants, userName ?? "", Site, role ?? "");
        return $"已授予 {user.UserName} {RoleLabel(role)}角色。";
    });

    public Task<IActionResult> OnPostRemoveAsync(string? userName, string? role) => ChangeAsync(async () =>
    {
        var user = await accounts.RemoveAsync(Grants, userName ?? "", Site, role ?? "");
        return $"已撤销 {user.UserName} 的{RoleLabel(role)}角色。";
    });

    private static string RoleLabel(string? role) => SiteRoleNames.ByName.TryGetValue(role ?? "", out var siteRole) ? SiteRoleNames.LabelOf(siteRole) : "";

    private async Task<IActionResult> ChangeAsync(Func<Task<string>> change)
    {
        string? message = null;
        if (await UserInputErrors.TryAsync(ModelState, async () => message = await change()))
        {
            TempData["Message"] = message;
            return RedirectToPage();
        }

        People = await accounts.PeopleAsync(Grants, Site);
        return Page();
    }
}
