using System.Globalization;
using System.Text;
using OrchardGov.ContentManagement;

namespace OrchardGov.Disclosure.Services.IndexNumbers;

/// <summary>
/// 索引号规则: how a site numbers the information it publishes. {统一社会信用代码}/{yyyy}-{00000} gives
/// 11441700007280420Y/2026-00001. Serials are counted within the scope (the text before the serial), so a rule
/// with a year starts again at 1 each year and a rule without a date never starts again.
/// </summary>
public sealed class IndexNumberRule
{
    public const string Default = "{统一社会信用代码}/{yyyy}-{00000}";

    public const int MaxLength = 60;

    private readonly IReadOnlyList<IndexNumberSegment> scope;

    private IndexNumberRule(string pattern, IReadOnlyList<IndexNumberSegment> segments)
    {
        Pattern = pattern;
        scope = segments.Take(segments.Count - 1).ToList();
        SerialDigits = segments[^1].SerialDigits;
        UsesOrganisationCode = scope.Any(s => s.Kind == IndexNumberSegmentKind.OrganisationCode);
    }

    public string Pattern { get; }

    public int SerialDigits { get; }

    public bool UsesOrganisationCode { get; }

    public static IndexNumberRule Parse(string pattern)
    {
        var normalized = IndexNumberPatternParser.Normalize(pattern);
        return new IndexNumberRule(normalized, IndexNumberPatternParser.Parse(normalized));
    }

    public string ScopeOf(string organisationCode, DateOnly date)
    {
        var code = organisationCode?.Trim() ?? "";
        if (UsesOrganisationCode && code.Length == 0)
        {
            throw new UserInputException(
                $"索引号规则“{Pattern}”要用到本单位的统一社会信用代码，但站点还没有填写：请先在站点设置中填写 18 位统一社会信用代码，再生成索引号。");
        }

        var text = new StringBuilder();
        foreach (var segment in scope)
        {
            text.Append(segment.Kind switch
            {
                IndexNumberSegmentKind.OrganisationCode => code,
                IndexNumberSegmentKind.Year => date.ToString("yyyy", CultureInfo.InvariantCulture),
                IndexNumberSegmentKind.YearMonth => date.ToString("yyyyMM", CultureInfo.InvariantCulture),
                IndexNumberSegmentKind.YearDashMonth => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                IndexNumberSegmentKind.Month => date.ToString("MM", CultureInfo.InvariantCulture),
                _ => segment.Text,
            });
        }

        return text.ToString();
    }

    public string Format(string organisationCode, DateOnly date, long serial)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(serial);
        var scopeText = ScopeOf(organisationCode, date);
        var largest = (long)Math.Pow(10, SerialDigits) - 1;
        if (serial > largest)
        {
            throw new InvalidOperationException(
                $"索引号“{scopeText}”的流水号用完了：规则“{Pattern}”的流水号只有 {SerialDigits} 位，最大到 {largest}，放不下第 {serial} 号。请在索引号规则中加宽流水号（最多 {IndexNumberPatternParser.MaxSerialDigits} 位）。");
        }

        return scopeText + serial.ToString(CultureInfo.InvariantCulture).PadLeft(SerialDigits, '0');
    }
}
