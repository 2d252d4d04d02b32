using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Web.Apis;

namespace OrchardGov.Web.Tests.Apis;

public sealed class ContentApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_API_exists_only_on_sites_that_enable_it_and_serves_only_their_own_published_items()
    {
        var client = portal.CreateClient();
        await client.GetAsync("/healthz");
        var on = await portal.Services.GetRequiredService<SiteRegistry>().GetAsync("431202002");
        var off = await portal.Services.GetRequiredService<SiteRegistry>().GetAsync("431202003");
        var itemId = await PublishAsync(on.Id, "城北街道召开安全生产会议");
        var draftId = await PublishAsync(on.Id, "尚未发布的草稿", publish: false);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/431202002/api/content/{itemId}")).StatusCode);
        await portal.Services.GetRequiredService<FeatureService>().EnableAsync(on.Id, ContentApi.Feature.Id);
        await portal.Services.GetRequiredService<FeatureService>().EnableAsync(off.Id, ContentApi.Feature.Id);

        var item = JsonNode.Parse(await client.GetStringAsync($"/431202002/api/content/{itemId}"))!;
        var list = JsonNode.Parse(await client.GetStringAsync("/431202002/api/content?type=Article"))!;
        Assert.Equal("城北街道召开安全生产会议", item["DisplayText"]!.GetValue<string>());
        Assert.Equal(1, list["total"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/431202002/api/content/{draftId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/431202003/api/content/{itemId}")).StatusCode);
    }

    private async Task<string> PublishAsync(int siteId, string title, bool publish = true)
    {
        await using var session = portal.Services.GetRequiredService<ContentStore>().OpenSession(siteId);
        var item = ContentSession.New("Article");
        item.DisplayText = title;
        session.Create(item, publish);
        await session.CommitAsync();
        return item.ContentItemId;
    }
}
