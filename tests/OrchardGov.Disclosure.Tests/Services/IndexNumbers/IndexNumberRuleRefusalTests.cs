using OrchardGov.ContentManagement;
using OrchardGov.Disclosure.Services.IndexNumbers;

namespace OrchardGov.Disclosure.Tests.Services.IndexNumbers;

public sealed class IndexNumberRuleRefusalTests
{
    private static string Refusal(string pattern) =>
        Assert.Throws<UserInputException>(() => IndexNumberRule.Parse(pattern)).Message;

    [Fact]
    public void An_unknown_segment_is_named_and_the_known_segments_are_listed() =>
        Assert.Equal(
            "索引号规则“{yy}-{000}”中的“{yy}”无法识别：可用的段有 {统一社会信用代码}、{机构代码}、{yyyy}、{yyyyMM}、{yyyy-MM}、{MM} 和表示流水号位数的 {00000}。",
            Refusal("{yy}-{000}"));

    [Fact]
    public void Segment_names_are_case_sensitive_so_yyyy_in_capitals_is_unknown() =>
        Assert.Contains("“{YYYY}”无法识别", Refusal("{YYYY}-{000}"));

    [Fact]
    public void Empty_braces_are_an_unknown_segment() => Assert.Contains("“{}”无法识别", Refusal("{}{000}"));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_rule_is_refused_with_the_default_as_an_example(string pattern) =>
        Assert.Contains(IndexNumberRule.Default, Refusal(pattern));

    [Fact]
    public void A_rule_longer_than_sixty_characters_is_refused_with_its_length()
    {
        var pattern = new string('A', 56) + "{000}";

        Assert.Contains("61 个字符", Refusal(pattern));
    }

    [Fact]
    public void A_rule_of_exactly_sixty_characters_is_accepted() =>
        Assert.Equal(5, IndexNumberRule.Parse(new string('A', 53) + "{00000}").SerialDigits);

    [Fact]
    public void An_opening_brace_without_a_closing_one_is_named() =>
        Assert.Contains("中的“{yyyy-”缺少右括号", Refusal("{yyyy-{00000}"));

    [Fact]
    public void An_opening_brace_at_the_end_is_named() => Assert.Contains("中的“{00”缺少右括号", Refusal("2026-{00"));

    [Fact]
    public void A_closing_brace_without_an_opening_one_is_named_by_position() =>
        Assert.Contains("第 5 个字符“}”前面没有对应的“{”", Refusal("yyyy}-{000}"));

    [Theory]
    [InlineData("{yyyy}#{000}", "第 7 个字符“#”不能使用")]
    [InlineData("{yyyy}、{000}", "第 7 个字符“、”不能使用")]
    [InlineData("{yyyy} {000}", "第 7 个字符空格不能使用")]
    [InlineData("粤{yyyy}-{000}", "第 1 个字符“粤”不能使用")]
    public void A_literal_character_outside_letters_digits_and_separators_is_named(string pattern, string expected)
    {
        var message = Refusal(pattern);

        Assert.Contains(expected, message);
        Assert.Contains("/ - _ .", message);
    }

    [Fact]
    public void A_rule_without_a_serial_is_told_to_end_with_one() =>
        Assert.Contains("没有流水号：请在规则最后加上", Refusal("{统一社会信用代码}/{yyyy}"));

    [Fact]
    public void Two_serials_are_both_named() =>
        Assert.Contains("有 2 个流水号段（“{000}”“{00000}”）", Refusal("{000}-{00000}"));

    [Fact]
    public void A_serial_followed_by_more_text_names_what_follows_it() =>
        Assert.Contains("流水号“{00000}”后面还有“-{yyyy}”", Refusal("{00000}-{yyyy}"));

    [Fact]
    public void A_serial_followed_only_by_a_separator_is_refused() =>
        Assert.Contains("后面还有“.”", Refusal("{yyyy}-{00000}."));

    [Theory]
    [InlineData("{00}", 2)]
    [InlineData("{00000000000}", 11)]
    public void A_serial_narrower_than_three_or_wider_than_ten_digits_is_refused(string serial, int digits)
    {
        var message = Refusal("{yyyy}-" + serial);

        Assert.Contains($"流水号“{serial}”是 {digits} 位", message);
        Assert.Contains("3 到 10", message);
    }

    [Fact]
    public void The_organisation_code_twice_is_refused_naming_both() =>
        Assert.Contains("单位代码出现了 2 次（“{统一社会信用代码}”“{机构代码}”）", Refusal("{统一社会信用代码}{机构代码}-{000}"));
}
