using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.ContentManagement.Tests.Storage;

namespace OrchardGov.ContentManagement.Tests.Sites;

public sealed class SiteLookupTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    private SiteLookup Lookup => fixture.Services.GetRequiredService<SiteLookup>();

    [Fact]
    public async Task A_feature_switched_on_shows_at_the_next_lookup_and_a_request_already_holding_the_site_keeps_its_answer()
    {
        var site = await fixture.NewSiteAsync();
        var before = (await Lookup.FindAsync(site.Code))!;
        Assert.False(Lookup.IsEnabled(before, "Test.Books"));

        await fixture.Features.EnableAsync(site.Id, "Test.Books");
        var after = (await Lookup.FindAsync(site.Code))!;

        Assert.True(after.ContentStamp > before.ContentStamp);
        Assert.True(Lookup.IsEnabled(after, "Test.Books"));
        Assert.False(Lookup.IsEnabled(before, "Test.Books"));
    }

    [Fact]
    public async Task A_host_name_and_a_code_are_found_in_one_lookup_and_an_unknown_code_is_null()
    {
        var site = await fixture.NewSiteAsync();
        var other = await fixture.NewSiteAsync();
        await fixture.Sites.UpdateAsync(site.Code, new SiteUpdate(HostNames: [$"{site.Code}.example.gov.cn"]));

        var (byHost, byCode) = await Lookup.FindAsync($"{site.Code}.EXAMPLE.gov.cn", other.Code);

        Assert.Equal(site.Code, byHost?.Code);
        Assert.Equal(other.Code, byCode?.Code);
        Assert.Null(await Lookup.FindAsync("nosuchsite"));
    }
}
