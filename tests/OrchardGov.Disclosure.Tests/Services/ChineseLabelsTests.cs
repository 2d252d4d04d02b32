using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Tests.Services;

public sealed class ChineseLabelsTests
{
    [Theory]
    [InlineData("主动", DisclosureMethod.Proactive)]
    [InlineData("主动公开", DisclosureMethod.Proactive)]
    [InlineData(" 依申请公开 ", DisclosureMethod.OnRequest)]
    [InlineData("不予公开", DisclosureMethod.Withheld)]
    public void The_words_catalogs_use_for_a_method_are_understood(string word, DisclosureMethod expected) =>
        Assert.Equal(expected, ChineseLabels.ParseMethod(word));

    [Fact]
    public void A_word_that_is_not_a_method_is_not_guessed() => Assert.Null(ChineseLabels.ParseMethod("自愿"));

    [Theory]
    [InlineData("县级、乡级")]
    [InlineData("乡级，县级")]
    [InlineData("区县级/乡镇街道")]
    public void Both_levels_are_read_in_the_spellings_catalogs_use(string text) =>
        Assert.Equal([DisclosureLevel.County, DisclosureLevel.Township], ChineseLabels.ParseLevels(text));

    [Fact]
    public void Levels_with_an_unknown_part_are_refused() => Assert.Null(ChineseLabels.ParseLevels("县级、村级"));
}
