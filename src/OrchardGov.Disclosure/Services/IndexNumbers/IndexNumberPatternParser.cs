using System.Text;
using OrchardGov.ContentManagement;

namespace OrchardGov.Disclosure.Services.IndexNumbers;

/// <summary>
/// Reads a 索引号规则 written by a site administrator into its segments, refusing anything it cannot number
/// with, in a message that names the offending part and says what to write instead.
/// </summary>
internal static class IndexNumberPatternParser
{
    public const int MinSerialDigits = 3;
    public const int MaxSerialDigits = 10;

    private const string KnownSegments =
        "{统一社会信用代码}、{机构代码}、{yyyy}、{yyyyMM}、{yyyy-MM}、{MM} 和表示流水号位数的 {00000}";

    /// <summary>
    /// Administrators type rules with a Chinese input method, which easily gives full-width braces and
    /// separators (｛yyyy｝／); those are read as their ASCII forms rather than refused.
    /// </summary>
    public static string Normalize(string? pattern)
    {
        var text = new StringBuilder(pattern?.Length ?? 0);
        foreach (var c in pattern ?? "")
        {
            text.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            });
        }

        return text.ToString().Trim();
    }

    public static IReadOnlyList<IndexNumberSegment> Parse(string pattern)
    {
        if (pattern.Length == 0)
        {
            throw new UserInputException($"索引号规则不能为空：请填写规则，如 {IndexNumberRule.Default}。");
        }

        if (pattern.Length > IndexNumberRule.MaxLength)
        {
            throw new UserInputException(
                $"索引号规则“{pattern}”有 {pattern.Length} 个字符，超过了 {IndexNumberRule.MaxLength} 个字符的上限：请缩短其中的固定文字。");
        }

        var segments = Split(pattern);
        CheckSerial(pattern, segments);
        CheckOrganisationCode(pattern, segments);
        return segments;
    }

    private static List<IndexNumberSegment> Split(string pattern)
    {
        var segments = new List<IndexNumberSegment>();
        var literal = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '{')
            {
                var close = ClosingBrace(pattern, i);
                if (literal.Length > 0)
                {
                    segments.Add(new IndexNumberSegment(IndexNumberSegmentKind.Literal, literal.ToString()));
                    literal.Clear();
                }

                segments.Add(Segment(pattern, pattern[i..(close + 1)]));
                i = close;
            }
            else if (c == '}')
            {
                throw new UserInputException(
                    $"索引号规则“{pattern}”中第 {i + 1} 个字符“}}”前面没有对应的“{{”：每个段都要用一对大括号括起来，如 {{yyyy}}。");
            }
            else if (char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '.')
            {
                literal.Append(c);
            }
            else
            {
                var shown = char.IsWhiteSpace(c) ? "空格" : $"“{c}”";
                throw new UserInputException(
                    $"索引号规则“{pattern}”中第 {i + 1} 个字符{shown}不能使用：段以外的固定文字只能用英文字母、数字和 / - _ . 这几个符号。");
            }
        }

        if (literal.Length > 0)
        {
            segments.Add(new IndexNumberSegment(IndexNumberSegmentKind.Literal, literal.ToString()));
        }

        return segments;
    }

    private static int ClosingBrace(string pattern, int open)
    {
        var close = pattern.IndexOf('}', open + 1);
        var nextOpen = pattern.IndexOf('{', open + 1);
        if (close >= 0 && (nextOpen < 0 || close < nextOpen))
        {
            return close;
        }

        var unclosed = pattern[open..(nextOpen < 0 ? pattern.Length : nextOpen)];
        throw new UserInputException(
            $"索引号规则“{pattern}”中的“{unclosed}”缺少右括号“}}”：每个段都要用一对大括号括起来，如 {{yyyy}}。");
    }

    private static IndexNumberSegment Segment(string pattern, string written)
    {
        var name = written[1..^1];
        var kind = name switch
        {
            "统一社会信用代码" or "机构代码" => IndexNumberSegmentKind.OrganisationCode,
            "yyyy" => IndexNumberSegmentKind.Year,
            "yyyyMM" => IndexNumberSegmentKind.YearMonth,
            "yyyy-MM" => IndexNumberSegmentKind.YearDashMonth,
            "MM" => IndexNumberSegmentKind.Month,
            _ when name.Length > 0 && name.All(c => c == '0') => IndexNumberSegmentKind.Serial,
            _ => throw new UserInputException($"索引号规则“{pattern}”中的“{written}”无法识别：可用的段有 {KnownSegments}。"),
        };

        if (kind == IndexNumberSegmentKind.Serial && name.Length is < MinSerialDigits or > MaxSerialDigits)
        {
            throw new UserInputException(
                $"索引号规则“{pattern}”中的流水号“{written}”是 {name.Length} 位：流水号要写 {MinSerialDigits} 到 {MaxSerialDigits} 个 0，几个 0 就是几位，如 {{00000}}。");
        }

        return new IndexNumberSegment(kind, written);
    }

    private static void CheckSerial(string pattern, List<IndexNumberSegment> segments)
    {
        var serials = segments.Where(s => s.Kind == IndexNumberSegmentKind.Serial).ToList();
        if (serials.Count == 0)
        {
            throw new UserInputException(
                $"索引号规则“{pattern}”没有流水号：请在规则最后加上表示流水号位数的段，如 {{00000}}（5 位）。");
        }

        if (serials.Count > 1)
        {
            throw new UserInputException(
                $"索引号规则“{pattern}”中有 {serials.Count} 个流水号段（{string.Join("", serials.Select(s => $"“{s.Text}”"))}）：只能有一个，写在规则最后。");
        }

        var serialAt = segments.IndexOf(serials[0]);
        if (serialAt != segments.Count - 1)
        {
            var after = string.Concat(segments.Skip(serialAt + 1).Select(s => s.Text));
            throw new UserInputException(
                $"索引号规则“{pattern}”中流水号“{serials[0].Text}”后面还有“{after}”：流水号必须是规则的最后一段，请把“{after}”移到流水号前面或删去。");
        }
    }

    private static void CheckOrganisationCode(string pattern, List<IndexNumberSegment> segments)
    {
        var codes = segments.Where(s => s.Kind == IndexNumberSegmentKind.OrganisationCode).ToList();
        if (codes.Count > 1)
        {
            throw new UserInputException(
                $"索引号规则“{pattern}”中单位代码出现了 {codes.Count} 次（{string.Join("", codes.Select(s => $"“{s.Text}”"))}）：单位代码只能写一次。");
        }
    }
}
