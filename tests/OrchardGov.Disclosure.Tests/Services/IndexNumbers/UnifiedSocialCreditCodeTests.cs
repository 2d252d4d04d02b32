using OrchardGov.Disclosure.Services.IndexNumbers;

namespace OrchardGov.Disclosure.Tests.Services.IndexNumbers;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("11441700007280420Y")]
    [InlineData("91110000600037341L")]
    public void A_code_whose_check_character_matches_is_valid(string code)
    {
        Assert.True(UnifiedSocialCreditCode.IsValid(code));
        Assert.Null(UnifiedSocialCreditCode.Problem(code));
    }

    [Fact]
    public void The_standards_own_bad_example_is_refused_because_z_is_never_used() =>
        Assert.Contains("第 18 位的“Z”不能使用", UnifiedSocialCreditCode.Problem("91350100M000100Y4Z"));

    [Theory]
    [InlineData("11441700007280420X")]
    [InlineData("21441700007280420Y")]
    [InlineData("11441700007280402Y")]
    public void A_mistyped_or_swapped_character_fails_the_check(string code)
    {
        Assert.False(UnifiedSocialCreditCode.IsValid(code));
        Assert.Contains("校验码", UnifiedSocialCreditCode.Problem(code));
    }

    [Fact]
    public void The_expected_check_character_is_not_given_away()
    {
        var problem = UnifiedSocialCreditCode.Problem("91350100M000100Y44");

        Assert.Contains("校验码", problem);
        Assert.DoesNotContain("3", problem!.Replace("91350100M000100Y44", ""));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("1144170000728042", 16)]
    [InlineData("11441700007280420YY", 19)]
    public void A_code_of_the_wrong_length_says_how_long_it_is(string code, int length) =>
        Assert.Contains($"是 {length} 位", UnifiedSocialCreditCode.Problem(code));

    [Theory]
    [InlineData("1144170000728042OY", 17, "O")]
    [InlineData("I1441700007280420Y", 1, "I")]
    [InlineData("114417-0007280420Y", 7, "-")]
    public void A_character_the_standard_does_not_use_is_named_with_its_position(string code, int position, string character) =>
        Assert.Contains($"第 {position} 位的“{character}”不能使用", UnifiedSocialCreditCode.Problem(code));

    [Fact]
    public void A_lower_case_letter_is_asked_to_be_upper_case() =>
        Assert.Contains("第 18 位的“y”是小写字母：请改为大写", UnifiedSocialCreditCode.Problem("11441700007280420y"));
}
