using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Tests.Storage;

namespace OrchardGov.ContentManagement.Tests.Features;

public sealed class FeatureServiceTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    [Fact]
    public async Task A_feature_is_enabled_for_one_site_only_together_with_what_it_depends_on()
    {
        var site = await fixture.NewSiteAsync();
        var other = await fixture.NewSiteAsync();

        var enabled = await fixture.Features.EnableAsync(site.Id, "test.shelves");

        Assert.Equal(["Test.Books", "Test.Shelves"], enabled);
        Assert.True(await fixture.Features.IsEnabledAsync(site.Id, "Test.Books"));
        Assert.False(await fixture.Features.IsEnabledAsync(other.Id, "Test.Books"));
        Assert.Empty(await fixture.Features.EnableAsync(site.Id, "Test.Shelves"));
    }

    [Fact]
    public async Task A_feature_another_enabled_feature_needs_cannot_be_disabled_first()
    {
        var site = await fixture.NewSiteAsync();
        await fixture.Features.EnableAsync(site.Id, "Test.Shelves");

        var error = await Assert.ThrowsAsync<UserInputException>(() => fixture.Features.DisableAsync(site.Id, "Test.Books"));
        Assert.Contains("Test.Shelves", error.Message);

        Assert.True(await fixture.Features.DisableAsync(site.Id, "Test.Shelves"));
        Assert.True(await fixture.Features.DisableAsync(site.Id, "Test.Books"));
        Assert.False(await fixture.Features.IsEnabledAsync(site.Id, "Test.Books"));
    }

    [Fact]
    public async Task Core_features_are_always_on_and_unknown_features_are_named_in_the_error()
    {
        var site = await fixture.NewSiteAsync();

        var states = await fixture.Features.ListAsync(site.Id);
        Assert.Contains(states, s => s.Feature.Id == "OrchardGov.Contents" && s.Enabled);
        await Assert.ThrowsAsync<UserInputException>(() => fixture.Features.DisableAsync(site.Id, "OrchardGov.Contents"));
        var unknown = await Assert.ThrowsAsync<UserInputException>(() => fixture.Features.EnableAsync(site.Id, "No.Such.Feature"));
        Assert.Contains("No.Such.Feature", unknown.Message);
    }

    [Fact]
    public async Task A_feature_whose_set_up_fails_stays_off_and_leaves_no_content_behind()
    {
        var site = await fixture.NewSiteAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.Features.EnableAsync(site.Id, BrokenFeatureHandler.FeatureId));

        Assert.False(await fixture.Features.IsEnabledAsync(site.Id, BrokenFeatureHandler.FeatureId));
        await using var session = fixture.Store.OpenSession(site.Id);
        Assert.Equal(0, (await session.QueryAsync(new ContentQuery { ContentType = "Shelf" })).TotalCount);
    }
}
