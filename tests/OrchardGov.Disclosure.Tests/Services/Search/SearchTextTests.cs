using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Search;

namespace OrchardGov.Disclosure.Tests.Services.Search;

public sealed class SearchTextTests
{
    private static readonly Lucene.Net.Analysis.Analyzer Analyzer = SearchAnalyzer.Create();

    [Fact]
    public void Each_word_between_spaces_is_segmented_as_the_index_is()
    {
        var text = SearchText.Read("医保缴费  公路建设计划", Analyzer);

        Assert.Equal([["医", "保", "缴费"], ["公路", "建设", "计划"]], text.Words.Select(w => w.Terms.ToArray()).ToArray());
        Assert.Equal([["医保", "保缴", "缴费"], ["公路", "路建", "建设", "设计", "计划"]], text.Words.Select(w => w.BodyTerms.ToArray()).ToArray());
        Assert.False(text.IsEmpty);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-")]
    [InlineData("\"*:(~")]
    public void Symbols_alone_are_nothing_to_search(string input) => Assert.True(SearchText.Read(input, Analyzer).IsEmpty);

    [Fact]
    public void Query_syntax_is_dropped_as_punctuation_not_read()
    {
        var text = SearchText.Read("title:医保* -低保 \"公示", Analyzer);

        Assert.Equal(["titl", "医", "保", "低", "保", "公", "示"], text.Words.SelectMany(w => w.Terms));
    }

    [Fact]
    public void Long_input_is_cut_and_says_so()
    {
        var text = SearchText.Read(new string('医', 10_000), Analyzer);

        Assert.True(text.Cut);
        Assert.Equal(SearchText.MaxLength, text.Text.Length);
    }

    [Fact]
    public void Cutting_long_input_never_splits_an_emoji()
    {
        var text = SearchText.Read("a" + string.Concat(Enumerable.Repeat("😀", 60)), Analyzer);

        Assert.True(text.Cut);
        Assert.False(char.IsHighSurrogate(text.Text[^1]));
    }

    [Fact]
    public void Tabs_and_line_breaks_separate_words()
    {
        Assert.Equal(2, SearchText.Read("医保\t缴费\n", Analyzer).Words.Count);
    }

    [Theory]
    [InlineData("鹤政发〔2025〕3号", "鹤政发〔2025〕3号")]
    [InlineData("鹤政发[2025]3号", "鹤政发〔2025〕3号")]
    [InlineData("鹤政发【2025】 3号", "鹤政发〔2025〕3号")]
    [InlineData("鹤政发（２０２５）３号", "鹤政发〔2025〕3号")]
    [InlineData("11441700007280420y/2026-00012", "11441700007280420Y/2026-00012")]
    public void Document_numbers_and_index_numbers_compare_whatever_brackets_width_or_case(string typed, string stored) =>
        Assert.Equal(IdentifierText.Normalize(stored), IdentifierText.Normalize(typed));

    [Fact]
    public void A_body_becomes_its_text_a_line_per_paragraph_with_entities_decoded()
    {
        var plain = HtmlText.ToPlain("<h2>一、缴费标准</h2><p>每人每年&nbsp;380&nbsp;元&lt;含&gt;</p><ul><li>银行</li><li>微信</li></ul>");

        Assert.Equal("一、缴费标准\n每人每年 380 元<含>\n银行\n微信", plain);
    }
}
