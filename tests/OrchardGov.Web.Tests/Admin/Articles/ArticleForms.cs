using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Indexes;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Settings;

namespace OrchardGov.Web.Tests.Admin.Articles;

/// <summary>What the article tests post and look up: the article edit form, and the site's articles in the store.</summary>
internal static class ArticleForms
{
    /// <summary>A news column of every scaffolded township (工作动态).</summary>
    public const string NewsColumn = "col-gzdt";

    public const string OrganisationCode = "11441700007280420Y";

    public static IReadOnlyList<(string Name, string Value)> Fields(string title, string body = "<p>正文。</p>") =>
    [
        ("Input.Title", title),
        ("Input.ColumnId", NewsColumn),
        ("Input.Body", body),
        ("Input.IssuingBody", "城中街道办事处"),
        ("Input.Validity", nameof(Validity.Valid)),
    ];

    /// <summary>Files for the form's attachment input.</summary>
    public static IEnumerable<(string Field, string FileName, byte[] Content)> Attachments(params (string FileName, byte[] Content)[] files) =>
        files.Select(file => ("Uploads", file.FileName, file.Content));

    /// <summary>Posts the edit form as a browser does, as <c>multipart/form-data</c> because it has a file input.</summary>
    public static Task<HttpResponseMessage> PostEditFormAsync(AdminClient person, string url,
        IEnumerable<(string Name, string Value)> fields, IEnumerable<(string Field, string FileName, byte[] Content)>? attachments = null, string? formUrl = null) =>
        person.PostMultipartFormAsync(url, fields, attachments ?? [], formUrl);

    /// <summary>Posts a new article with one of the edit page's buttons and gives its id from the redirect to its page.</summary>
    public static async Task<string> CreateAsync(AdminClient editor, string siteCode, string title, string handler = "Save", string body = "<p>正文。</p>")
    {
        var response = await PostEditFormAsync(editor, $"/admin/{siteCode}/articles/edit?handler={handler}", Fields(title, body));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, AdminClient.ErrorIn(await response.Content.ReadAsStringAsync()) ?? response.StatusCode.ToString());
        return response.Headers.Location!.OriginalString.Split('/')[^1];
    }

    public static Task<HttpResponseMessage> PostAsync(AdminClient person, string siteCode, string articleId, string handler, IEnumerable<(string Name, string Value)> fields) =>
        PostEditFormAsync(person, $"/admin/{siteCode}/articles/edit/{articleId}?handler={handler}", fields);

    public static async Task<Article?> LatestAsync(IServiceProvider services, string siteCode, string articleId)
    {
        await using var session = await OpenAsync(services, siteCode);
        return await session.GetAsync(articleId, VersionOptions.Latest) is { } item ? ArticleContent.Read(item) : null;
    }

    public static async Task<int> CountAsync(IServiceProvider services, string siteCode)
    {
        await using var session = await OpenAsync(services, siteCode);
        return (await session.CountIndexAsync<ArticleIndex, bool>(row => row.Latest, row => row.Latest)).Values.Sum();
    }

    public static async Task ConfigureAsync(IServiceProvider services, string siteCode, DisclosureSettings settings)
    {
        await using var session = await OpenAsync(services, siteCode);
        await services.GetRequiredService<DisclosureSettingsStore>().SaveAsync(session, settings);
        await session.CommitAsync();
    }

    private static async Task<ContentSession> OpenAsync(IServiceProvider services, string siteCode)
    {
        var site = await services.GetRequiredService<SiteRegistry>().GetAsync(siteCode);
        return services.GetRequiredService<ContentStore>().OpenSession(site.Id);
    }
}
