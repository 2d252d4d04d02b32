using System.Text;
using System.Text.RegularExpressions;

namespace OrchardGov.Disclosure.Services.Compliance.Deadlines;

/// <summary>A 公开时限 phrase brought to one spelling (half-width digits and brackets, no spaces, Arabic counts) and cut into clauses.</summary>
internal static partial class DeadlinePhrase
{
    public static string Normalize(string phrase)
    {
        var text = phrase.Normalize(NormalizationForm.FormKC);
        text = EditorialNote().Replace(text, "");
        text = Whitespace().Replace(text, "");
        text = text.TrimEnd('。', '.', ',', ';', '、');
        return ChineseNumerals.ToDigits(text);
    }

    public static IReadOnlyList<string> Clauses(string normalized) =>
        normalized.Split([',', ';', '。'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The clauses left once the known caveats, which change no deadline, are set aside.</summary>
    public static IReadOnlyList<string> DeadlineClauses(string normalized) =>
        [.. Clauses(normalized).Where(clause => !Caveat().IsMatch(clause))];

    // Only these exact notes are dropped: an unknown note in brackets may change the deadline, so it stays and is refused.
    [GeneratedRegex(@"\s*[\(\[](?:sic|as published|sic,\s*as published)[\)\]]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EditorialNote();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // 信息发生变化的 only restates the 变更 the deadline already counts from; 另有规定的，从其规定 defers to the law.
    [GeneratedRegex("^(?:(?:法律|法规|规章|、|和|及|或)+(?:对[^,;。]{0,12})?另有规定的|从其规定|(?:主动公开)?的?信息(?:内容)?(?:发生)?(?:变化|变更)的)$")]
    private static partial Regex Caveat();
}
