using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Storage;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Editing;
using OrchardGov.Disclosure.Services.Settings;
using OrchardGov.Recipes;
using OrchardGov.Recipes.Scaffolding;
using OrchardGov.Testing;

namespace OrchardGov.Disclosure.Tests.Workflow;

public sealed class ScheduledPublishingTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 31, 15, 0, 0, TimeSpan.Zero));
    private TestStore _store = null!;

    public async Task InitializeAsync() =>
        _store = await TestStore.StartAsync(DatabaseProvider.Sqlite, (services, configuration) => services
            .AddRecipes(configuration, DisclosureFixture.RecipesFolder)
            .AddDisclosure()
            .AddLogging()
            .AddSingleton<TimeProvider>(_clock));

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task A_scheduled_draft_is_published_when_its_time_comes_with_the_index_number_of_that_day()
    {
        var services = _store.Services;
        var site = (await services.GetRequiredService<SiteScaffolder>().ScaffoldAsync("431228101", "township")).Site;
        var store = services.GetRequiredService<ContentStore>();
        string articleId;
        await using (var session = store.OpenSession(site.Id))
        {
            await services.GetRequiredService<DisclosureSettingsStore>().SaveAsync(session, new DisclosureSettings { OrganisationCode = "11441700007280420Y" });
            var column = (await services.GetRequiredService<OrchardGov.Disclosure.Services.CatalogReader>().ReadAsync(session, VersionOptions.Latest)).Columns.All.First(c => c.Kind == ColumnKind.List);
            articleId = (await services.GetRequiredService<ArticleEditor>().SaveDraftAsync(session, new Article { Title = "元旦值班安排", ColumnId = column.ContentItemId })).ContentItemId;
            await services.GetRequiredService<ArticlePublisher>().ScheduleAsync(session, articleId, _clock.Now.UtcDateTime.AddHours(10));
            await session.CommitAsync();
        }

        var publishing = services.GetRequiredService<ScheduledPublishing>();
        Assert.Equal(0, await publishing.PublishDueAsync());
        _clock.Now = _clock.Now.AddHours(10).AddMinutes(1);
        Assert.Equal(1, await publishing.PublishDueAsync());

        await using var reading = store.OpenSession(site.Id);
        var published = ArticleContent.Read((await reading.GetAsync(articleId))!);
        Assert.Equal("11441700007280420Y/2027-00001", published.IndexNumber);
        Assert.Equal(new DateOnly(2027, 1, 1), published.PublishedOn);
        Assert.Null(published.ScheduledUtc);
        Assert.Equal(0, await publishing.PublishDueAsync());
    }

    [Fact]
    public async Task A_time_in_the_past_is_refused()
    {
        var services = _store.Services;
        var site = (await services.GetRequiredService<SiteScaffolder>().ScaffoldAsync("431228102", "township")).Site;
        await using var session = services.GetRequiredService<ContentStore>().OpenSession(site.Id);
        var column = (await services.GetRequiredService<OrchardGov.Disclosure.Services.CatalogReader>().ReadAsync(session, VersionOptions.Latest)).Columns.All.First(c => c.Kind == ColumnKind.List);
        var article = await services.GetRequiredService<ArticleEditor>().SaveDraftAsync(session, new Article { Title = "通知", ColumnId = column.ContentItemId });

        var refused = await Assert.ThrowsAsync<UserInputException>(() =>
            services.GetRequiredService<ArticlePublisher>().ScheduleAsync(session, article.ContentItemId, _clock.Now.UtcDateTime.AddMinutes(-1)));

        Assert.Contains("必须晚于现在", refused.Message);
    }
}
