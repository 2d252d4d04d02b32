using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Admin;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Indexes;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Editing;
using OrchardGov.Disclosure.Services.Settings;

namespace OrchardGov.Disclosure.Apis;

/// <summary>Articles in the admin JSON API: drafts, publishing (索引号 at first publish), scheduling, review; and the site's disclosure settings.</summary>
public static class AdminArticlesApi
{
    public const int PageSize = 20;

    public static RouteGroupBuilder MapAdminArticlesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/admin/{code}").WithTags("Admin: articles").RequireAuthorization();
        var feature = Manifest.Disclosure.Id;
        group.MapGet("/articles", ListAsync).WithName("ListAdminArticles").WithSummary("A page of the site's articles (latest versions), newest first.")
            .RequireSitePermission(SitePermission.ViewDrafts, feature);
        group.MapGet("/articles/{id}", GetAsync).WithName("GetAdminArticle").WithSummary("An article's latest version.")
            .RequireSitePermission(SitePermission.ViewDrafts, feature);
        group.MapPost("/articles", SaveAsync).WithName("CreateArticle").WithSummary("Creates a draft (its HTML is sanitized when stored).")
            .RequireSitePermission(SitePermission.EditContent, feature);
        group.MapPut("/articles/{id}", (HttpContext http, ContentStore store, ArticleEditor editor, string id, Article article) =>
                SaveAsync(http, store, editor, article with { ContentItemId = id }))
            .WithName("UpdateArticle").WithSummary("Saves a draft over the article's latest version.")
            .RequireSitePermission(SitePermission.EditContent, feature);
        MapAction(group, "publish", "PublishArticle", "Publishes the draft; the first publish gives it its 索引号.", SitePermission.EditContent, feature,
            (session, services, id, _) => services.GetRequiredService<ArticlePublisher>().PublishAsync(session, id));
        MapAction(group, "unpublish", "UnpublishArticle", "Takes the article off the public site.", SitePermission.EditContent, feature,
            (session, services, id, _) => services.GetRequiredService<ArticlePublisher>().UnpublishAsync(session, id));
        MapAction(group, "submit", "SubmitArticle", "Submits the draft for review (sites that require it).", SitePermission.EditContent, feature,
            (session, services, id, _) => services.GetRequiredService<ArticleReview>().SubmitAsync(session, id));
        MapAction(group, "approve", "ApproveArticle", "Approves a submitted article: it is published.", SitePermission.Review, feature,
            (session, services, id, _) => services.GetRequiredService<ArticleReview>().ApproveAsync(session, id));
        group.MapPost("/articles/{id}/return", async (HttpContext http, ContentStore store, ArticleReview review, string id, ReturnRequest request) =>
            {
                await using var session = store.OpenSession(http.AdminSite().Id);
                await review.ReturnAsync(session, id, request.Reason);
                await session.CommitAsync();
                return TypedResults.NoContent();
            })
            .WithName("ReturnArticle").WithSummary("Returns a submitted article with a reason.")
            .RequireSitePermission(SitePermission.Review, feature);
        group.MapPost("/articles/{id}/schedule", async (HttpContext http, ContentStore store, ArticlePublisher publisher, string id, ScheduleRequest request) =>
            {
                await using var session = store.OpenSession(http.AdminSite().Id);
                await publisher.ScheduleAsync(session, id, request.AtUtc);
                await session.CommitAsync();
                return TypedResults.NoContent();
            })
            .WithName("ScheduleArticle").WithSummary("Sets or cancels the time at which the draft publishes itself.")
            .RequireSitePermission(SitePermission.EditContent, feature);
        group.MapGet("/disclosure-settings", async (HttpContext http, ContentStore store, DisclosureSettingsStore settings) =>
            {
                await using var session = store.OpenSession(http.AdminSite().Id);
                return TypedResults.Ok(await settings.ReadAsync(session));
            })
            .WithName("GetDisclosureSettings").WithSummary("The site's 统一社会信用代码, 索引号 rule and article review setting.")
            .RequireSitePermission(SitePermission.ManageSite, feature);
        group.MapPut("/disclosure-settings", async (HttpContext http, ContentStore store, DisclosureSettingsStore settings, DisclosureSettings request) =>
            {
                await using var session = store.OpenSession(http.AdminSite().Id);
                await settings.SaveAsync(session, request);
                await session.CommitAsync();
                return TypedResults.NoContent();
            })
            .WithName("SaveDisclosureSettings").WithSummary("Changes the site's disclosure settings.")
            .RequireSitePermission(SitePermission.ManageSite, feature);
        return group;
    }

    private static void MapAction(RouteGroupBuilder group, string action, string name, string summary, SitePermission permission, string feature,
        Func<ContentSession, IServiceProvider, string, CancellationToken, Task> run) =>
        group.MapPost($"/articles/{{id}}/{action}", async (HttpContext http, ContentStore store, string id) =>
            {
                await using var session = store.OpenSession(http.AdminSite().Id);
                await run(session, http.RequestServices, id, http.RequestAborted);
                await session.CommitAsync();
                var latest = await ArticleEditor.LatestAsync(session, id);
                return TypedResults.Ok(ArticleContent.Read(latest));
            })
            .WithName(name).WithSummary(summary).RequireSitePermission(permission, feature);

    private static async Task<Ok<ArticleListPayload>> ListAsync(HttpContext http, ContentStore store, int page = 1)
    {
        await using var session = store.OpenSession(http.AdminSite().Id);
        page = Math.Max(page, 1);
        var items = await session.QueryIndexAsync<ArticleIndex, long>(row => row.Latest, row => row.DocumentId, descending: true,
            skip: (page - 1) * PageSize, take: PageSize);
        var total = (await session.CountIndexAsync<ArticleIndex, bool>(row => row.Latest, row => row.Latest)).Values.Sum();
        return TypedResults.Ok(new ArticleListPayload(total, page, items.Select(ArticleContent.Read).ToList()));
    }

    private static async Task<Results<Ok<Article>, NotFound>> GetAsync(HttpContext http, ContentStore store, string id)
    {
        await using var session = store.OpenSession(http.AdminSite().Id);
        return await session.GetAsync(id, VersionOptions.Latest) is { ContentType: DisclosureTypes.Article } item
            ? TypedResults.Ok(ArticleContent.Read(item))
            : TypedResults.NotFound();
    }

    private static async Task<Ok<Article>> SaveAsync(HttpContext http, ContentStore store, ArticleEditor editor, Article article)
    {
        await using var session = store.OpenSession(http.AdminSite().Id);
        var saved = await editor.SaveDraftAsync(session, article);
        await session.CommitAsync();
        return TypedResults.Ok(saved);
    }
}

/// <summary>A page of articles with the total count.</summary>
public sealed record ArticleListPayload(int Total, int Page, IReadOnlyList<Article> Items);
