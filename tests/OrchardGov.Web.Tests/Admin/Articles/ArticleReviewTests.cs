using System.Net;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Settings;

namespace OrchardGov.Web.Tests.Admin.Articles;

/// <summary>On a site that requires review, articles go through the county's reviewer before they are published.</summary>
public sealed class ArticleReviewTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_editors_publish_is_refused_and_a_county_reviewer_approving_the_submitted_article_publishes_it()
    {
        const string site = "431202005";
        await ArticleForms.ConfigureAsync(portal.Services, site, new DisclosureSettings { OrganisationCode = ArticleForms.OrganisationCode, RequireArticleReview = true });
        using var editor = await AdminClient.ForRoleAsync(portal, site, SiteRole.Editor);
        var id = await ArticleForms.CreateAsync(editor, site, "须审核的通知");

        var refused = await ArticleForms.PostAsync(editor, site, id, "Publish", ArticleForms.Fields("须审核的通知"));
        var refusedError = AdminClient.ErrorIn(await refused.Content.ReadAsStringAsync());
        var submitted = await ArticleForms.PostAsync(editor, site, id, "Submit", ArticleForms.Fields("须审核的通知"));
        using var reviewer = await AdminClient.ForRoleAsync(portal, "431202", SiteRole.Reviewer);
        var waiting = await reviewer.GetPageTextAsync("/admin/reviews");
        var approved = await reviewer.PostFormAsync($"/admin/{site}/articles/edit/{id}?handler=Approve", []);
        var article = await ArticleForms.LatestAsync(portal.Services, site, id);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("须经上级审核", refusedError);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Contains($"/admin/{site}/articles/edit/{id}", waiting);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.StartsWith(ArticleForms.OrganisationCode + "/", article!.IndexNumber);
        Assert.Equal(ArticleReviewStatus.None, article.ReviewStatus);
        Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync($"/{site}/gzdt/{id}.html")).StatusCode);
    }

    [Fact]
    public async Task A_reviewer_returns_an_article_only_with_a_reason_which_its_editor_then_sees()
    {
        const string site = "431202006";
        await ArticleForms.ConfigureAsync(portal.Services, site, new DisclosureSettings { OrganisationCode = ArticleForms.OrganisationCode, RequireArticleReview = true });
        using var editor = await AdminClient.ForRoleAsync(portal, site, SiteRole.Editor);
        var id = await ArticleForms.CreateAsync(editor, site, "待退回的通知", handler: "Submit");
        using var reviewer = await AdminClient.ForRoleAsync(portal, "431202", SiteRole.Reviewer);

        var withoutReason = await reviewer.PostFormAsync($"/admin/{site}/articles/edit/{id}?handler=Return", [("reason", " ")]);
        var returned = await reviewer.PostFormAsync($"/admin/{site}/articles/edit/{id}?handler=Return", [("reason", "请补充文号。")]);
        var editPage = await editor.GetPageTextAsync($"/admin/{site}/articles/edit/{id}");

        Assert.Contains("请写明理由", AdminClient.ErrorIn(await withoutReason.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Contains("请补充文号。", editPage);
        Assert.Equal(ArticleReviewStatus.Returned, (await ArticleForms.LatestAsync(portal.Services, site, id))!.ReviewStatus);
    }
}
