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
}
