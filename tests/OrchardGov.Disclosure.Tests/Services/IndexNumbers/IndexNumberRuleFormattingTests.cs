using OrchardGov.ContentManagement;
using OrchardGov.Disclosure.Services.IndexNumbers;

namespace OrchardGov.Disclosure.Tests.Services.IndexNumbers;

public sealed class IndexNumberRuleFormattingTests
{
    private const string Code = "11441700007280420Y";

    private static readonly DateOnly November2026 = new(2026, 11, 30);

    [Fact]
    public void The_default_rule_numbers_with_the_code_the_year_and_a_five_digit_serial()
    {
        var rule = IndexNumberRule.Parse(IndexNumberRule.Default);

        Assert.Equal("11441700007280420Y/2026-00001", rule.Format(Code, November2026, 1));
        Assert.Equal(5, rule.SerialDigits);
        Assert.True(rule.UsesOrganisationCode);
    }

    [Theory]
    [InlineData("{统一社会信用代码}-{000}", "11441700007280420Y-007")]
    [InlineData("{机构代码}_{000}", "11441700007280420Y_007")]
    [InlineData("{yyyy}.{000}", "2026.007")]
    [InlineData("{yyyyMM}{000}", "202611007")]
    [InlineData("GK/{yyyy-MM}/{000}", "GK/2026-11/007")]
    [InlineData("{yyyy}{MM}-{000}", "202611-007")]
    [InlineData("{0000000000}", "0000000007")]
    public void Each_segment_is_written_into_the_number(string pattern, string expected) =>
        Assert.Equal(expected, IndexNumberRule.Parse(pattern).Format(Code, November2026, 7));

    [Fact]
    public void A_single_digit_month_is_written_with_two_digits() =>
        Assert.Equal("2026/03-001", IndexNumberRule.Parse("{yyyy}/{MM}-{000}").Format(Code, new DateOnly(2026, 3, 1), 1));

    [Fact]
    public void The_scope_is_everything_before_the_serial() =>
        Assert.Equal("11441700007280420Y/2026-", IndexNumberRule.Parse(IndexNumberRule.Default).ScopeOf(Code, November2026));

    [Fact]
    public void A_yearly_rule_counts_each_year_in_its_own_scope()
    {
        var rule = IndexNumberRule.Parse(IndexNumberRule.Default);

        Assert.NotEqual(rule.ScopeOf(Code, new DateOnly(2026, 12, 31)), rule.ScopeOf(Code, new DateOnly(2027, 1, 1)));
        Assert.Equal(rule.ScopeOf(Code, new DateOnly(2026, 1, 1)), rule.ScopeOf(Code, new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void A_rule_without_a_date_keeps_one_scope_for_ever()
    {
        var rule = IndexNumberRule.Parse("{统一社会信用代码}-{000000}");

        Assert.Equal(rule.ScopeOf(Code, new DateOnly(2020, 1, 1)), rule.ScopeOf(Code, new DateOnly(2031, 6, 15)));
    }

    [Fact]
    public void A_rule_without_the_code_needs_no_code() =>
        Assert.Equal("2026-00001", IndexNumberRule.Parse("{yyyy}-{00000}").Format("", November2026, 1));

    [Fact]
    public void Full_width_braces_and_separators_typed_with_a_chinese_input_method_are_read_as_ascii()
    {
        var rule = IndexNumberRule.Parse(" ｛统一社会信用代码｝／｛yyyy｝－｛00000｝ ");

        Assert.Equal(IndexNumberRule.Default, rule.Pattern);
        Assert.Equal("11441700007280420Y/2026-00001", rule.Format(Code, November2026, 1));
    }

    [Fact]
    public void A_serial_that_fills_every_digit_still_fits() =>
        Assert.Equal("2026-99999", IndexNumberRule.Parse("{yyyy}-{00000}").Format(Code, November2026, 99_999));

    [Fact]
    public void A_serial_too_large_for_its_digits_says_the_serial_ran_out_and_to_widen_it()
    {
        var rule = IndexNumberRule.Parse("{yyyy}-{000}");

        var error = Assert.Throws<InvalidOperationException>(() => rule.Format(Code, November2026, 1000));

        Assert.Contains("2026-", error.Message);
        Assert.Contains("用完", error.Message);
        Assert.Contains("999", error.Message);
        Assert.Contains("加宽流水号", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_rule_with_the_code_refuses_to_number_until_the_site_sets_its_code(string code)
    {
        var rule = IndexNumberRule.Parse(IndexNumberRule.Default);

        var error = Assert.Throws<UserInputException>(() => rule.Format(code, November2026, 1));

        Assert.Contains("统一社会信用代码", error.Message);
        Assert.Contains("站点设置", error.Message);
        Assert.Throws<UserInputException>(() => rule.ScopeOf(code, November2026));
    }
}
