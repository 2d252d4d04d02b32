namespace OrchardGov.Disclosure.Services.IndexNumbers;

/// <summary>统一社会信用代码 as GB 32100-2015 defines it: 18 characters, the last a check character over the first 17.</summary>
public static class UnifiedSocialCreditCode
{
    public const int Length = 18;

    private const string Characters = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // Table 2 of the standard: the weight of position i is 3^(i-1) mod 31.
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid(string code) => Problem(code) is null;

    public static string? Problem(string code)
    {
        if (code.Length != Length)
        {
            return $"统一社会信用代码应为 {Length} 位，“{code}”是 {code.Length} 位：请核对是否多写或漏写。";
        }

        var sum = 0;
        for (var i = 0; i < Length; i++)
        {
            var value = Characters.IndexOf(code[i]);
            if (value < 0)
            {
                return char.IsAsciiLetterLower(code[i])
                    ? $"统一社会信用代码“{code}”第 {i + 1} 位的“{code[i]}”是小写字母：请改为大写。"
                    : $"统一社会信用代码“{code}”第 {i + 1} 位的“{code[i]}”不能使用：只能是数字或大写字母（不含 I、O、S、V、Z）。";
            }

            if (i < Weights.Length)
            {
                sum += value * Weights[i];
            }
        }

        // The expected check character is deliberately not shown: copying it in would hide a typo in the first 17.
        return code[^1] == Characters[(31 - sum % 31) % 31]
            ? null
            : $"统一社会信用代码“{code}”的第 18 位校验码与前 17 位对不上：代码中有字符抄错了，请对照营业执照或登记证书核对。";
    }
}
