using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.Web.Admin;

namespace OrchardGov.Web.Pages.Admin;

/// <summary>A signed-in person changes their own password, giving the current one; the session continues with the new one.</summary>
public sealed class AccountModel(UserManager<AdminUser> users, SignInManager<AdminUser> signIn, AccountDirectory directory) : PageModel
{
    [BindProperty]
    [Display(Name = "当前密码")]
    [Required(ErrorMessage = "请填写{0}。")]
    [DataType(DataType.Password)]
    public string CurrentPassword { get; set; } = "";

    [BindProperty]
    [Display(Name = "新密码")]
    [Required(ErrorMessage = "请填写{0}。")]
    [DataType(DataType.Password)]
    public string NewPassword { get; set; } = "";

    [BindProperty]
    [Display(Name = "再次输入新密码")]
    [Compare(nameof(NewPassword), ErrorMessage = "两次输入的新密码不一致。")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid || await users.GetUserAsync(User) is not { } user)
        {
            return Page();
        }

        if (!await UserInputErrors.TryAsync(ModelState, () => directory.ChangePasswordAsync(user, CurrentPassword, NewPassword)))
        {
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = "密码已修改。";
        return RedirectToPage();
    }
}
