using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Web.Tests.Admin;

/// <summary>A person signed in to the admin of an in-process host, posting forms as their browser would.</summary>
internal sealed partial class AdminSession(HttpClient client)
{
    public const string Password = "Test-Passw0rd!";

    public HttpClient Client { get; } = client;

    /// <summary>Creates a person with one role on a site and signs them in.</summary>
    public static async Task<AdminSession> SignInAsync(WebApplicationFactory<Program> portal, string siteCode, SiteRole role)
    {
        var userName = $"{role}-{siteCode}-{Guid.NewGuid():N}"[..32];
        using (var scope = portal.Services.CreateScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountDirectory>();
            var site = await scope.ServiceProvider.GetRequiredService<SiteRegistry>().GetAsync(siteCode);
            var user = await accounts.CreateAsync(userName, "测试用户", Password);
            await accounts.AssignAsync(user, site, role);
        }

        var client = portal.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });
        var session = new AdminSession(client);
        var login = await session.PostFormAsync("/admin/login", "/admin/login", new() { ["UserName"] = userName, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return session;
    }

    /// <summary>Opens the page with the form, then posts the fields with the page's anti-forgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(
        string formPage, string action, Dictionary<string, string> fields, IReadOnlyList<(string Name, byte[] Content)>? files = null)
    {
        var page = await Client.GetAsync(formPage);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = TokenField().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (name, content) in files ?? [])
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new("application/octet-stream");
            form.Add(file, "Uploads", name);
        }

        return await Client.PostAsync(action, form);
    }

    /// <summary>The page's HTML with Razor's character references decoded, as a reader sees the text.</summary>
    public async Task<string> PageAsync(string url) => WebUtility.HtmlDecode(await Client.GetStringAsync(url));

    /// <summary>The text of the page's error message, or null when it shows none.</summary>
    public static string? ErrorOf(string html) => ErrorParagraph().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<p class=\"error\" role=\"alert\">(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex ErrorParagraph();
}
