using System.Text.RegularExpressions;

namespace OrchardGov.Disclosure.Services.Compliance.Deadlines;

/// <summary>Writes counts such as 二十个工作日 or 十二月三十一日 in Arabic digits, so one set of patterns reads both.</summary>
internal static partial class ChineseNumerals
{
    public static string ToDigits(string text) =>
        CountBeforeUnit().Replace(text, m => Value(m.Value) is { } value ? value.ToString() : m.Value);

    // A malformed numeral (二二, 十十) is left as written, so the phrase stays unrecognised rather than misread.
    private static int? Value(string numeral)
    {
        var total = 0;
        var digit = -1;
        var lastPlace = 1000;
        foreach (var c in numeral)
        {
            var place = c switch { '百' => 100, '十' => 10, _ => 0 };
            if (place > 0)
            {
                if (place >= lastPlace)
                {
                    return null;
                }
                total += (digit < 0 ? 1 : digit) * place;
                digit = -1;
                lastPlace = place;
            }
            else if (c is '零' or '〇')
            {
                digit = -1;
            }
            else
            {
                if (digit >= 0)
                {
                    return null;
                }
                digit = c == '两' ? 2 : "〇一二三四五六七八九".IndexOf(c);
            }
        }
        return total + Math.Max(digit, 0);
    }

    [GeneratedRegex("[零〇一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|月)")]
    private static partial Regex CountBeforeUnit();
}
