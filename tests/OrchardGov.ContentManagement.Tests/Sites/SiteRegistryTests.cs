using OrchardGov.ContentManagement.Sites;
using OrchardGov.ContentManagement.Tests.Storage;

namespace OrchardGov.ContentManagement.Tests.Sites;

/// <summary>Division codes are unique per database, so each test uses codes of its own province.</summary>
public sealed class SiteRegistryTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    private SiteRegistry Sites => fixture.Sites;

    [Fact]
    public async Task A_township_takes_its_name_level_and_parent_from_the_division_codes()
    {
        var county = await Sites.CreateAsync(new SiteCreation("431202"));
        var township = await Sites.CreateAsync(new SiteCreation("431202001"));

        Assert.Equal(("鹤城区", SiteLevel.County, (int?)null), (county.Name, county.Level, county.ParentId));
        Assert.Equal(("城中街道", SiteLevel.Township, (int?)county.Id), (township.Name, township.Level, township.ParentId));
        Assert.Equal("/431202001", township.PathBase);
    }

    [Fact]
    public async Task A_site_whose_parent_division_has_no_site_hangs_under_the_nearest_ancestor_that_has_one()
    {
        var province = await Sites.CreateAsync(new SiteCreation("44"));
        var township = await Sites.CreateAsync(new SiteCreation("441702001"));

        Assert.Equal(province.Id, township.ParentId);
    }

    [Fact]
    public async Task Listing_under_a_site_gives_it_and_every_site_below_it()
    {
        await Sites.CreateAsync(new SiteCreation("3301"));
        await Sites.CreateAsync(new SiteCreation("330102"));
        await Sites.CreateAsync(new SiteCreation("330102001"));
        await Sites.CreateAsync(new SiteCreation("330105"));
        await Sites.CreateAsync(new SiteCreation("3302"));

        var under = await Sites.ListAsync("330102");

        Assert.Equal(["330102", "330102001"], under.Select(s => s.Code));
        Assert.Equal(4, (await Sites.ListAsync("3301")).Count);
    }

    [Fact]
    public async Task A_code_that_is_not_a_division_needs_a_name_and_a_level()
    {
        var error = await Assert.ThrowsAsync<UserInputException>(() => Sites.CreateAsync(new SiteCreation("demo-site")));
        Assert.Contains("--name", error.Message);

        var site = await Sites.CreateAsync(new SiteCreation("demo-site", "演示平台", Level: SiteLevel.Platform));
        Assert.Equal("演示平台", site.Name);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("healthz")]
    [InlineData("Has Space")]
    [InlineData("x")]
    [InlineData("../etc")]
    public async Task Codes_that_cannot_be_a_URL_prefix_are_refused(string code)
    {
        await Assert.ThrowsAsync<UserInputException>(() => Sites.CreateAsync(new SiteCreation(code, "名称", Level: SiteLevel.Township)));
    }

    [Fact]
    public async Task The_same_code_cannot_be_created_twice_and_an_unknown_parent_is_named()
    {
        await Sites.CreateAsync(new SiteCreation("5101"));

        var duplicate = await Assert.ThrowsAsync<UserInputException>(() => Sites.CreateAsync(new SiteCreation("5101")));
        var orphan = await Assert.ThrowsAsync<UserInputException>(() => Sites.CreateAsync(new SiteCreation("510104", ParentCode: "5199")));

        Assert.Contains("5101", duplicate.Message);
        Assert.Contains("5199", orphan.Message);
    }

    [Fact]
    public async Task Host_names_and_registration_numbers_are_set_and_a_host_name_serves_one_site_only()
    {
        await Sites.CreateAsync(new SiteCreation("420102"));
        await Sites.CreateAsync(new SiteCreation("420103"));

        var site = await Sites.UpdateAsync("420102", new SiteUpdate(
            HostNames: ["WWW.Jiangan.GOV.cn", "jiangan.gov.cn."], SiteIdentificationCode: "4201020001", IcpRecord: "鄂ICP备05003330号"));
        var taken = await Assert.ThrowsAsync<UserInputException>(() =>
            Sites.UpdateAsync("420103", new SiteUpdate(HostNames: ["www.jiangan.gov.cn"])));
        var invalid = await Assert.ThrowsAsync<UserInputException>(() =>
            Sites.UpdateAsync("420103", new SiteUpdate(HostNames: ["not a host"])));

        Assert.Equal(["jiangan.gov.cn", "www.jiangan.gov.cn"], site.HostNames.Select(h => h.HostName).Order());
        Assert.Equal(("4201020001", "鄂ICP备05003330号"), (site.SiteIdentificationCode, site.IcpRecord));
        Assert.Equal("420102", (await Sites.FindByHostAsync("www.jiangan.gov.cn"))?.Code);
        Assert.Contains("420102", taken.Message);
        Assert.Contains("not a host", invalid.Message);

        await Sites.UpdateAsync("420102", new SiteUpdate(HostNames: []));
        Assert.Null(await Sites.FindByHostAsync("www.jiangan.gov.cn"));
    }

    [Fact]
    public async Task A_footer_value_left_out_stays_and_a_blank_one_is_cleared()
    {
        await Sites.CreateAsync(new SiteCreation("420104"));
        await Sites.UpdateAsync("420104", new SiteUpdate(Sponsor: "武汉市硚口区人民政府", IcpRecord: "鄂ICP备00000001号"));

        var site = await Sites.UpdateAsync("420104", new SiteUpdate(Sponsor: "  ", Contact: " 027-00000000 "));

        Assert.Equal(((string?)null, "027-00000000", "鄂ICP备00000001号"), (site.Sponsor, site.Contact, site.IcpRecord));
        Assert.Equal(site.Contact, (await Sites.GetAsync("420104")).Contact);
    }

    [Fact]
    public async Task Sites_are_found_by_their_ids_at_once_leaving_out_ids_of_no_site()
    {
        var first = await Sites.CreateAsync(new SiteCreation("420105"));
        var second = await Sites.CreateAsync(new SiteCreation("420106"));

        var found = await Sites.FindAsync([first.Id, second.Id, -5]);

        Assert.Equal(["420105", "420106"], found.Values.Select(s => s.Code).Order());
        Assert.Equal("汉阳区", found[first.Id].Name);
    }
}
