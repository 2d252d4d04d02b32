using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Web.Tests.Admin.Catalog;

/// <summary>A person with one role on one site, signed in through the login form, as a browser keeps their cookies.</summary>
internal static class TestSignIn
{
    public static async Task<AdminForms> AsAsync(PortalFactory portal, string siteCode, SiteRole role)
    {
        var userName = $"{role.ToString().ToLowerInvariant()}-{siteCode}-{Guid.NewGuid():N}"[..40];
        var password = AccountDirectory.GeneratePassword();
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountDirectory>();
            var site = await scope.ServiceProvider.GetRequiredService<SiteRegistry>().GetAsync(siteCode);
            await accounts.AssignAsync(await accounts.CreateAsync(userName, userName, password), site, role);
        }

        var forms = new AdminForms(portal.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        }));
        var login = await forms.PostAsync("/admin/login", "/admin/login", [new("UserName", userName), new("Password", password)]);
        Assert.True(login.StatusCode == HttpStatusCode.Redirect, $"Signing in as {userName} answered {login.StatusCode}.");
        return forms;
    }
}
