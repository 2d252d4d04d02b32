using System.Net;
using System.Text.RegularExpressions;

namespace OrchardGov.Web.Tests.Admin.Catalog;

/// <summary>Posts admin forms as a browser does: with the anti-forgery token of the page the form was on.</summary>
internal sealed partial class AdminForms(HttpClient client)
{
    public HttpClient Client => client;

    /// <summary>The page's HTML with character references decoded, so that assertions read the text a person reads.</summary>
    public async Task<string> PageAsync(string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {response.StatusCode}.");
        return await TextAsync(response);
    }

    public static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>Posts <paramref name="fields"/> to <paramref name="action"/> with the token found on <paramref name="formPage"/>.</summary>
    public async Task<HttpResponseMessage> PostAsync(string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = Token().Match(await PageAsync(formPage));
        Assert.True(token.Success, $"{formPage} has no form with an anti-forgery token.");
        return await client.PostAsync(action, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token.Groups[1].Value))));
    }

    /// <summary>Uploads a file as the form field <c>file</c>, with the token found on <paramref name="formPage"/>.</summary>
    public async Task<HttpResponseMessage> PostFileAsync(string formPage, string action, string fileName, byte[] bytes)
    {
        var token = Token().Match(await PageAsync(formPage));
        Assert.True(token.Success, $"{formPage} has no form with an anti-forgery token.");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token.Groups[1].Value), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "file", fileName },
        };
        return await client.PostAsync(action, content);
    }

    /// <summary>Posts, follows the redirect back to a page and returns that page.</summary>
    public async Task<string> PostAndFollowAsync(string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var response = await PostAsync(formPage, action, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {action} answered {response.StatusCode}: {await TextAsync(response)}");
        return await PageAsync(response.Headers.Location!.OriginalString);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
