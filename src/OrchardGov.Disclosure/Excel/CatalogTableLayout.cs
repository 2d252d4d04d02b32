namespace OrchardGov.Disclosure.Excel;

/// <summary>
/// The columns of the standard catalog table as county and township offices publish it, then two of ours:
/// the legal reason of a 不予公开 item and the source of a standard row.
/// </summary>
public static class CatalogTableLayout
{
    public const string NumberColumn = "序号";
    public const string CategoryColumn = "一级事项";
    public const string ItemColumn = "二级事项";
    public const string ElementsColumn = "公开内容(要素)";
    public const string LegalBasisColumn = "公开依据";
    public const string TimeLimitColumn = "公开时限";
    public const string ResponsibleBodyColumn = "公开主体";
    public const string ChannelsColumn = "公开渠道和载体";
    public const string AudienceColumn = "公开对象";
    public const string MethodColumn = "公开方式";
    public const string LevelsColumn = "公开层级";
    public const string ResponsibleUnitColumn = "责任科室";
    public const string ResponsiblePersonColumn = "责任人";
    public const string WithheldReasonColumn = "不予公开理由";
    public const string SourceColumn = "来源";

    public static readonly IReadOnlyList<string> Headers =
    [
        NumberColumn, CategoryColumn, ItemColumn, ElementsColumn, LegalBasisColumn, TimeLimitColumn, ResponsibleBodyColumn,
        ChannelsColumn, AudienceColumn, MethodColumn, LevelsColumn, ResponsibleUnitColumn, ResponsiblePersonColumn, WithheldReasonColumn, SourceColumn,
    ];

    /// <summary>
    /// The columns a sheet must have. An import overwrites every element of a matched entry, so a missing column
    /// would silently blank it; only 序号 may be left out, the row order then gives the order.
    /// </summary>
    public static readonly IReadOnlyList<string> RequiredHeaders = Headers.Where(h => h != NumberColumn).ToList();

    /// <summary>The cells a row cannot leave empty.</summary>
    public static readonly IReadOnlyList<string> RequiredCells = [CategoryColumn, ItemColumn, ElementsColumn, MethodColumn, LevelsColumn];

    /// <summary>Column widths in characters, wide enough for the text each column usually holds.</summary>
    public static readonly IReadOnlyDictionary<string, int> Widths = new Dictionary<string, int>
    {
        [NumberColumn] = 6, [CategoryColumn] = 14, [ItemColumn] = 18, [ElementsColumn] = 40, [LegalBasisColumn] = 32,
        [TimeLimitColumn] = 22, [ResponsibleBodyColumn] = 14, [ChannelsColumn] = 30, [AudienceColumn] = 10, [MethodColumn] = 10,
        [LevelsColumn] = 11, [ResponsibleUnitColumn] = 12, [ResponsiblePersonColumn] = 10, [WithheldReasonColumn] = 28, [SourceColumn] = 28,
    };

    /// <summary>Headers as people type them: full-width brackets, spaces and line breaks do not matter.</summary>
    public static string Normalize(string header) =>
        string.Concat(header.Where(c => !char.IsWhiteSpace(c))).Replace('（', '(').Replace('）', ')');
}
