namespace OrchardGov.Disclosure.Models;

/// <summary>The Chinese words catalogs and the admin use for the module's choices, and the words accepted when reading them back.</summary>
public static class ChineseLabels
{
    private static readonly Dictionary<DisclosureMethod, string> Methods = new()
    {
        [DisclosureMethod.Proactive] = "主动", [DisclosureMethod.OnRequest] = "依申请", [DisclosureMethod.Withheld] = "不予公开",
    };

    private static readonly Dictionary<Audience, string> Audiences = new()
    {
        [Audience.Public] = "全社会", [Audience.SpecificGroup] = "特定群体",
    };

    private static readonly Dictionary<DisclosureLevel, string> Levels = new()
    {
        [DisclosureLevel.County] = "县级", [DisclosureLevel.Township] = "乡级",
    };

    private static readonly Dictionary<ColumnKind, string> Kinds = new()
    {
        [ColumnKind.List] = "文章列表", [ColumnKind.SinglePage] = "单页", [ColumnKind.Link] = "链接", [ColumnKind.CatalogView] = "目录表",
    };

    private static readonly Dictionary<FreshnessClass, string> Freshness = new()
    {
        [FreshnessClass.News] = "动态要闻", [FreshnessClass.NoticesAndPolicies] = "通知公告与政策文件", [FreshnessClass.Static] = "静态",
    };

    private static readonly Dictionary<Validity, string> Validities = new()
    {
        [Validity.Valid] = "有效", [Validity.Amended] = "已修改", [Validity.Repealed] = "已废止",
    };

    // Words seen in published catalogs for the same choice.
    private static readonly Dictionary<string, DisclosureMethod> MethodSynonyms = new()
    {
        ["主动公开"] = DisclosureMethod.Proactive, ["依申请公开"] = DisclosureMethod.OnRequest, ["负面清单"] = DisclosureMethod.Withheld,
    };

    private static readonly Dictionary<string, Audience> AudienceSynonyms = new()
    {
        ["特定群众"] = Audience.SpecificGroup, ["特定对象"] = Audience.SpecificGroup,
    };

    private static readonly Dictionary<string, DisclosureLevel> LevelSynonyms = new()
    {
        ["县"] = DisclosureLevel.County, ["区县级"] = DisclosureLevel.County, ["区级"] = DisclosureLevel.County, ["县区级"] = DisclosureLevel.County,
        ["乡"] = DisclosureLevel.Township, ["乡镇"] = DisclosureLevel.Township, ["镇级"] = DisclosureLevel.Township,
        ["乡镇级"] = DisclosureLevel.Township, ["街镇级"] = DisclosureLevel.Township, ["乡镇街道"] = DisclosureLevel.Township,
    };

    public static string Of(DisclosureMethod method) => Methods[method];
    public static string Of(Audience audience) => Audiences[audience];
    public static string Of(DisclosureLevel level) => Levels[level];
    public static string Of(ColumnKind kind) => Kinds[kind];
    public static string Of(FreshnessClass freshness) => Freshness[freshness];
    public static string Of(Validity validity) => Validities[validity];

    public static string Of(IEnumerable<DisclosureLevel> levels) => string.Join("、", levels.Order().Select(Of));

    public static DisclosureMethod? ParseMethod(string text) => Parse(text, Methods, MethodSynonyms);
    public static Audience? ParseAudience(string text) => Parse(text, Audiences, AudienceSynonyms);

    /// <summary>"县级、乡级", "县级,乡级" or one level; null when any part is not a level.</summary>
    public static IReadOnlyList<DisclosureLevel>? ParseLevels(string text)
    {
        var parts = text.Split(['、', ',', '，', '/', ' ', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var levels = parts.Select(part => Parse(part, Levels, LevelSynonyms)).ToList();
        return parts.Length == 0 || levels.Any(level => level is null) ? null : levels.Select(l => l!.Value).Distinct().Order().ToList();
    }

    public static string Expected(IEnumerable<string> words) => string.Join("、", words.Select(w => $"“{w}”"));

    public static IEnumerable<string> MethodWords => Methods.Values;
    public static IEnumerable<string> AudienceWords => Audiences.Values;
    public static IEnumerable<string> LevelWords => Levels.Values;

    private static T? Parse<T>(string text, Dictionary<T, string> labels, Dictionary<string, T> synonyms) where T : struct, Enum
    {
        var word = text.Trim();
        foreach (var (value, label) in labels)
        {
            if (label == word)
            {
                return value;
            }
        }

        return synonyms.TryGetValue(word, out var synonym) ? synonym
            : Enum.TryParse<T>(word, ignoreCase: true, out var named) && Enum.IsDefined(named) ? named : null;
    }
}
