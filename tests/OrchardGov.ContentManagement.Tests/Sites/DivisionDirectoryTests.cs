using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.ContentManagement.Tests.Sites;

public sealed class DivisionDirectoryTests
{
    private readonly DivisionDirectory _divisions = DivisionDirectory.Embedded;

    [Fact]
    public void Every_province_city_county_and_township_of_the_2023_codes_is_known()
    {
        Assert.Equal(31 + 342 + 2_978 + 41_352, _divisions.Count);
    }

    [Theory]
    [InlineData("43", "湖南省", SiteLevel.Platform, null)]
    [InlineData("4312", "怀化市", SiteLevel.City, "43")]
    [InlineData("431202", "鹤城区", SiteLevel.County, "4312")]
    [InlineData("431202001", "城中街道", SiteLevel.Township, "431202")]
    [InlineData("431202201", "盈口乡", SiteLevel.Township, "431202")]
    public void A_code_gives_the_name_level_and_parent(string code, string name, SiteLevel level, string? parent)
    {
        Assert.Equal(new Division(code, name, level, parent), _divisions.Find(code));
    }

    [Fact]
    public void A_county_lists_its_townships_in_code_order()
    {
        var townships = _divisions.ChildrenOf("431202").Select(d => d.Name).ToList();

        Assert.Equal(11, townships.Count);
        Assert.Equal("城中街道", townships[0]);
        Assert.Contains("黄金坳镇", townships);
    }

    [Fact]
    public void An_unknown_code_is_not_guessed()
    {
        Assert.Null(_divisions.Find("999999"));
    }
}
