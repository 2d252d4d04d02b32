using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.Web.Admin;

namespace OrchardGov.Web.Pages.Admin;

/// <summary>Signing out is a form post (with the anti-forgery token), so no link on another site can sign a person out.</summary>
public sealed class LogoutModel(SignInManager<AdminUser> signIn) : PageModel
{
    public IActionResult OnGet()
    {
        Response.Headers.Allow = HttpMethods.Post;
        return StatusCode(StatusCodes.Status405MethodNotAllowed);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        TempData["Message"] = "已退出登录。";
        return LocalRedirect(AdminServices.LoginPath);
    }
}
