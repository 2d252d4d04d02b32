using OrchardGov.ContentManagement.ContentItems;

namespace OrchardGov.ContentManagement.Tests.ContentItems;

public sealed class ContentItemIdGeneratorTests
{
    [Fact]
    public void Ids_are_26_lower_case_base32_characters_and_do_not_repeat()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => ContentItemIdGenerator.NewId()).ToList();

        Assert.All(ids, id => Assert.Matches("^[0-9a-hjkmnp-tv-z]{26}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Ids_made_later_sort_after_ids_made_earlier()
    {
        var earlier = ContentItemIdGenerator.NewId(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var later = ContentItemIdGenerator.NewId(new DateTimeOffset(2026, 1, 1, 0, 0, 0, 1, TimeSpan.Zero));

        Assert.True(string.CompareOrdinal(earlier, later) < 0, $"{earlier} should sort before {later}");
    }
}
