using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.Web.Admin;

namespace OrchardGov.Web.Pages.Admin;

/// <summary>
/// Sign-in with user name and password. A wrong name and a wrong password get the same answer, so the page does
/// not tell who has an account; repeated failures lock the account (see the lockout settings in AddAccounts).
/// Every attempt goes to the audit trail.
/// </summary>
public sealed class LoginModel(SignInManager<AdminUser> signIn, AuditTrail audit) : PageModel
{
    public const string WrongNameOrPassword = "用户名或密码不正确。";

    [BindProperty]
    [Required(ErrorMessage = "请填写用户名。")]
    [StringLength(256, ErrorMessage = "用户名不能超过 {1} 个字符。")]
    [Display(Name = "用户名")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "请填写密码。")]
    [DataType(DataType.Password)]
    [Display(Name = "密码")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(Destination) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var name = UserName.Trim();
        var user = await signIn.UserManager.FindByNameAsync(name);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // The cookie counts from the next request; the person is the actor of their own sign-in already.
            HttpContext.User = await signIn.CreateUserPrincipalAsync(user!);
            await audit.RecordAsync(null, new AuditRecord("login.success", user!.Id, $"登录 {name}"));
            return LocalRedirect(Destination);
        }

        if (result.IsLockedOut)
        {
            await audit.RecordAsync(null, new AuditRecord("login.lockout", user!.Id, $"登录 {name}"));
            var until = await signIn.UserManager.GetLockoutEndDateAsync(user);
            ModelState.AddModelError("", until is { } end
                ? $"登录失败次数过多，账号已被锁定，请于 {ChinaTime.Format(end)}（北京时间）后再试。"
                : "账号已被锁定，请联系管理员。");
            return Page();
        }

        await audit.RecordAsync(null, new AuditRecord("login.failure", user?.Id, $"登录 {name}"));
        ModelState.AddModelError("", WrongNameOrPassword);
        return Page();
    }

    private string Destination => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/admin";
}
