using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Web.Tests.Admin;

/// <summary>
/// The admin as a browser uses it: over HTTPS (the admin's cookies are Secure), keeping its cookies, not following
/// redirects (tests look at them), and posting forms with the anti-forgery token taken from the page's own form.
/// </summary>
public sealed partial class AdminClient(HttpClient http) : IDisposable
{
    public const string TokenField = "__RequestVerificationToken";

    public HttpClient Http { get; } = http;

    public static AdminClient Anonymous(PortalFactory portal) => new(portal.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        HandleCookies = true,
        AllowAutoRedirect = false,
    }));

    /// <summary>Creates a person as the command line does, with roles on sites given by code; returns the password.</summary>
    public static async Task<string> CreatePersonAsync(PortalFactory portal, string userName, bool platformAdmin = false, params (string SiteCode, SiteRole Role)[] roles)
    {
        portal.CreateClient();
        await using var scope = portal.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<AccountDirectory>();
        var password = AccountDirectory.GeneratePassword();
        var user = await directory.CreateAsync(userName, $"{userName} 的姓名", password, platformAdmin);
        foreach (var (siteCode, role) in roles)
        {
            await directory.AssignAsync(user, await scope.ServiceProvider.GetRequiredService<SiteRegistry>().GetAsync(siteCode), role);
        }

        return password;
    }

    /// <summary>A signed-in client of a person created now with the roles given.</summary>
    public static async Task<AdminClient> ForNewPersonAsync(PortalFactory portal, string userName, bool platformAdmin = false, params (string SiteCode, SiteRole Role)[] roles) =>
        await SignInAsync(portal, userName, await CreatePersonAsync(portal, userName, platformAdmin, roles));

    /// <summary>A signed-in client of a person created now with one role on one site, under a name no other test uses.</summary>
    public static Task<AdminClient> ForRoleAsync(PortalFactory portal, string siteCode, SiteRole role) =>
        ForNewPersonAsync(portal, $"{role.ToString().ToLowerInvariant()}-{siteCode}-{Guid.NewGuid():N}"[..32], roles: (siteCode, role));

    public static async Task<AdminClient> SignInAsync(PortalFactory portal, string userName, string password)
    {
        var client = Anonymous(portal);
        var response = await client.SignInAsync(userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Signing in as {userName} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    /// <summary>Fills in and posts the login form; the answer is a redirect when it worked, the form with a message otherwise.</summary>
    public Task<HttpResponseMessage> SignInAsync(string userName, string password, string? returnUrl = null) =>
        PostFormAsync("/admin/login" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl)),
            [("UserName", userName), ("Password", password)]);

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    /// <summary>The page's HTML; fails the test unless the page answered 200.</summary>
    public async Task<string> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {html}");
        return html;
    }

    /// <summary>The page's HTML with character references decoded, as a reader sees the text; fails unless it answered 200.</summary>
    public async Task<string> GetPageTextAsync(string url) => WebUtility.HtmlDecode(await GetPageAsync(url));

    /// <summary>
    /// Posts the fields with the anti-forgery token of the form on <paramref name="formUrl"/> (by default the
    /// posted address without its query), as a browser submits a form it was shown.
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, IEnumerable<(string Name, string Value)> fields, string? formUrl = null) =>
        await PostWithoutTokenAsync(url, [.. fields, (TokenField, await FormTokenAsync(url, formUrl))]);

    /// <summary>
    /// Posts the fields and files as <c>multipart/form-data</c>, as a browser submits a form with file inputs,
    /// with the anti-forgery token of the form on <paramref name="formUrl"/> as for <see cref="PostFormAsync"/>.
    /// </summary>
    public async Task<HttpResponseMessage> PostMultipartFormAsync(string url, IEnumerable<(string Name, string Value)> fields,
        IEnumerable<(string Field, string FileName, byte[] Content)> files, string? formUrl = null)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields.Append((TokenField, await FormTokenAsync(url, formUrl))))
        {
            form.Add(new StringContent(value), name);
        }

        foreach (var (field, fileName, content) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new("application/octet-stream");
            form.Add(file, field, fileName);
        }

        return await Http.PostAsync(url, form);
    }

    /// <summary>Posts the form, which must answer with a redirect, and gives the text of the page it leads to.</summary>
    public async Task<string> PostFormAndFollowAsync(string url, IEnumerable<(string Name, string Value)> fields, string? formUrl = null)
    {
        var response = await PostFormAsync(url, fields, formUrl);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url} answered {(int)response.StatusCode}: {await ReadTextAsync(response)}");
        return await GetPageTextAsync(response.Headers.Location!.OriginalString);
    }

    /// <summary>Posts the fields as they are: a forged request from another site has no token.</summary>
    public Task<HttpResponseMessage> PostWithoutTokenAsync(string url, IEnumerable<(string Name, string Value)> fields) =>
        Http.PostAsync(url, new FormUrlEncodedContent(fields.Select(field => KeyValuePair.Create(field.Name, field.Value))));

    /// <summary>The answer's HTML with character references decoded, as a reader sees the text.</summary>
    public static async Task<string> ReadTextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static string? TokenIn(string html) => TokenPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    /// <summary>The text of the page's error message, or null when it shows none.</summary>
    public static string? ErrorIn(string html) => ErrorPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    public void Dispose() => Http.Dispose();

    private async Task<string> FormTokenAsync(string url, string? formUrl)
    {
        formUrl ??= url.Split('?')[0];
        var page = await Http.GetAsync(formUrl);
        return TokenIn(await page.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException(
            $"GET {formUrl} answered {(int)page.StatusCode} with no form carrying an anti-forgery token.");
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<p class=\"error\" role=\"alert\">(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex ErrorPattern();
}
