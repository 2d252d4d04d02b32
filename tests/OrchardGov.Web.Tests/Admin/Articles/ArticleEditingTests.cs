using System.Net;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.Disclosure.Services.IndexNumbers;
using OrchardGov.Disclosure.Services.Settings;

namespace OrchardGov.Web.Tests.Admin.Articles;

/// <summary>An editor writes, previews and publishes articles through the admin pages.</summary>
public sealed class ArticleEditingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Scripts_event_handlers_and_javascript_links_are_gone_from_the_stored_body_the_preview_and_the_public_page()
    {
        const string site = "431202001";
        await ArticleForms.ConfigureAsync(portal.Services, site, new DisclosureSettings { OrganisationCode = ArticleForms.OrganisationCode });
        using var editor = await AdminClient.ForRoleAsync(portal, site, SiteRole.Editor);
        var body = """<p>安全的段落</p><script>alert("脚本")</script><img src="/a.png" onerror="alert('图片')"><a href="javascript:alert('链接')">链接</a>""";

        var id = await ArticleForms.CreateAsync(editor, site, "关于冬季防火的通知", body: body);
        var stored = await ArticleForms.LatestAsync(portal.Services, site, id);
        var preview = await editor.GetAsync($"/admin/{site}/articles/preview/{id}");
        var previewHtml = await preview.Content.ReadAsStringAsync();
        var published = await ArticleForms.PostAsync(editor, site, id, "Publish", ArticleForms.Fields("关于冬季防火的通知", body));
        var publicHtml = await portal.CreateClient().GetStringAsync($"/{site}/gzdt/{id}.html");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal("no-store", preview.Headers.CacheControl?.ToString());
        Assert.Contains("<title>预览：关于冬季防火的通知", previewHtml);
        foreach (var html in new[] { stored!.Body, previewHtml, publicHtml })
        {
            Assert.Contains("安全的段落", html);
            Assert.DoesNotContain("alert(", html);
            Assert.DoesNotContain("onerror", html);
            Assert.DoesNotContain("javascript:", html);
        }
    }

    [Fact]
    public async Task Publishing_numbers_articles_by_the_settings_code_and_rule_one_after_another()
    {
        const string site = "431202002";
        using var admin = await AdminClient.ForRoleAsync(portal, site, SiteRole.SiteAdmin);
        var saved = await admin.PostFormAsync($"/admin/{site}/disclosure-settings",
            [("OrganisationCode", ArticleForms.OrganisationCode), ("IndexNumberRule", IndexNumberRule.Default)]);
        using var editor = await AdminClient.ForRoleAsync(portal, site, SiteRole.Editor);

        var first = await ArticleForms.CreateAsync(editor, site, "第一篇", handler: "Publish");
        var second = await ArticleForms.CreateAsync(editor, site, "第二篇", handler: "Publish");
        var editPage = await editor.GetPageTextAsync($"/admin/{site}/articles/edit/{second}");
        var list = await editor.GetPageTextAsync($"/admin/{site}/articles?state=Published");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var year = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;
        Assert.Equal($"{ArticleForms.OrganisationCode}/{year}-00001", (await ArticleForms.LatestAsync(portal.Services, site, first))!.IndexNumber);
        Assert.Equal($"{ArticleForms.OrganisationCode}/{year}-00002", (await ArticleForms.LatestAsync(portal.Services, site, second))!.IndexNumber);
        Assert.Contains($"{ArticleForms.OrganisationCode}/{year}-00002", editPage);
        Assert.Contains("第一篇", list);
        Assert.Contains("第二篇", list);
    }

    [Fact]
    public async Task A_sibling_townships_editor_is_forbidden_from_this_sites_article_pages()
    {
        const string site = "431202003";
        using var editor = await AdminClient.ForRoleAsync(portal, site, SiteRole.Editor);
        var id = await ArticleForms.CreateAsync(editor, site, "本街道的草稿");
        using var sibling = await AdminClient.ForRoleAsync(portal, "431202004", SiteRole.Editor);

        var pages = new[] { $"/admin/{site}/articles", $"/admin/{site}/articles/edit", $"/admin/{site}/articles/edit/{id}", $"/admin/{site}/articles/preview/{id}" };
        var answers = await Task.WhenAll(pages.Select(page => sibling.GetAsync(page)));
        var post = await ArticleForms.PostEditFormAsync(sibling, $"/admin/{site}/articles/edit/{id}?handler=Save", ArticleForms.Fields("改写"), formUrl: "/admin/431202004/articles/edit");

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal("本街道的草稿", (await ArticleForms.LatestAsync(portal.Services, site, id))!.Title);
    }
}
