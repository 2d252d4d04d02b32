using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.Web.Portal;

namespace OrchardGov.Web.Apis;

/// <summary>A site's published content items as Orchard Core JSON, for sites that enable the feature.</summary>
public static class ContentApi
{
    public const int PageSize = 20;

    public static readonly FeatureDescriptor Feature = new(
        "OrchardGov.ContentApi", "内容接口", "以 Orchard Core JSON 格式对外提供站点已发布的内容项。");

    public static RouteGroupBuilder MapContentApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup($"/{PublicPortal.SiteCodeRoute}/api/content")
            .WithTags("Content")
            .RequireSiteFeature(Feature.Id);
        group.MapGet("/", ListAsync).WithName("ListContent").WithSummary("A page of published items, newest first.");
        group.MapGet("/{contentItemId}", GetAsync).WithName("GetContent").WithSummary("The published version of one item.");
        return group;
    }

    private static async Task<IResult> ListAsync(HttpContext context, ContentStore store, string? type, int page = 1)
    {
        await using var session = store.OpenSession(context.CurrentSite().Id);
        var result = await session.QueryAsync(new ContentQuery { ContentType = type, Skip = (Math.Max(page, 1) - 1) * PageSize, Take = PageSize });
        var items = string.Join(",", result.Items.Select(ContentItemJson.Serialize));
        return Results.Content($$"""{"total":{{result.TotalCount}},"page":{{Math.Max(page, 1)}},"items":[{{items}}]}""", "application/json; charset=utf-8");
    }

    private static async Task<IResult> GetAsync(HttpContext context, ContentStore store, string contentItemId)
    {
        await using var session = store.OpenSession(context.CurrentSite().Id);
        return await session.GetAsync(contentItemId) is { } item
            ? Results.Content(ContentItemJson.Serialize(item), "application/json; charset=utf-8")
            : Results.NotFound();
    }
}
