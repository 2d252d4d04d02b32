using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Review;
using static OrchardGov.Disclosure.Tests.Services.Review.TestCatalogVersions;

namespace OrchardGov.Disclosure.Tests.Services.Review;

public sealed class CatalogSnapshotTests
{
    [Fact]
    public void A_stored_version_reads_back_exactly_as_it_was_submitted()
    {
        var submitted = Submitted() with
        {
            Domains = [Health, Tourism with { NotApplicable = true, Reason = "本乡镇无A级旅游景区" }],
            Entries = [Vaccination, ScenicSpots with { Method = DisclosureMethod.Withheld, WithheldReason = "涉及商业秘密", ColumnId = null }],
        };

        var json = CatalogSnapshot.ToJson(submitted);
        var stored = CatalogSnapshot.FromJson(json);

        Assert.Equivalent(submitted, stored, strict: true);
        Assert.Equal(json, CatalogSnapshot.ToJson(stored));
    }

    [Fact]
    public void A_stored_version_keeps_chinese_readable_and_its_choices_as_words()
    {
        var json = CatalogSnapshot.ToJson(Submitted());

        Assert.Contains("\"item\":\"预防接种\"", json);
        Assert.Contains("\"channels\":[\"政府网站\",\"政务服务中心\",\"社区/企事业单位/村公示栏(电子屏)\"]", json);
        Assert.Contains("\"method\":\"proactive\"", json);
        Assert.Contains("\"levels\":[\"county\",\"township\"]", json);
    }

    [Fact]
    public void A_stored_version_that_is_null_is_refused_rather_than_read_as_an_empty_catalog() =>
        Assert.Throws<System.Text.Json.JsonException>(() => CatalogSnapshot.FromJson("null"));
}
