using System.Globalization;
using OrchardGov.Disclosure.Models;
using static OrchardGov.Disclosure.Excel.CatalogTableLayout;

namespace OrchardGov.Disclosure.Excel;

/// <summary>Reads the rows under a catalog sheet's header, reporting each problem with the row number Excel shows.</summary>
internal static class CatalogSheetReader
{
    public static CatalogSheet Read(string sheet, CatalogHeader header, IReadOnlyList<IDictionary<string, object?>> rows, Action<string> problem)
    {
        var entries = new List<CatalogEntry>();
        var firstRowOf = new Dictionary<(string, string), int>();
        for (var index = header.Index + 1; index < rows.Count; index++)
        {
            var row = rows[index];
            string Cell(string column) => header.Cell(row, column);

            // A row with only its 序号 filled in is a blank line of a template.
            if (Headers.All(h => h == NumberColumn || Cell(h).Length == 0))
            {
                continue;
            }

            var rowNumber = index + 1;
            var problems = 0;
            void Problem(string text)
            {
                problems++;
                problem($"工作表“{sheet}”第{rowNumber}行：{text}。");
            }

            var entry = ReadRow(Cell, Problem) with { Order = Order(Cell(NumberColumn), entries.Count + 1) };
            var key = (entry.Category, entry.Item);
            if (entry.Category.Length > 0 && entry.Item.Length > 0 && !firstRowOf.TryAdd(key, rowNumber))
            {
                Problem($"事项“{entry.Category} / {entry.Item}”与第{firstRowOf[key]}行重复，同一领域的一级事项和二级事项不能都相同");
            }

            if (problems == 0)
            {
                entries.Add(entry);
            }
        }

        return new CatalogSheet(sheet, entries);
    }

    private static CatalogEntry ReadRow(Func<string, string> cell, Action<string> problem)
    {
        var empty = RequiredCells.Where(c => cell(c).Length == 0).ToList();
        if (empty.Count > 0)
        {
            problem($"{string.Join("、", empty)}不能为空");
        }

        var method = ReadChoice(cell(MethodColumn), ChineseLabels.ParseMethod, DisclosureMethod.Proactive,
            text => problem($"公开方式“{text}”无法识别，应为{OneOf(ChineseLabels.MethodWords)}"));
        var audience = ReadChoice(cell(AudienceColumn), ChineseLabels.ParseAudience, Audience.Public,
            text => problem($"公开对象“{text}”无法识别，应为{OneOf(ChineseLabels.AudienceWords)}"));
        IReadOnlyList<DisclosureLevel>? levels = cell(LevelsColumn).Length == 0 ? [] : ChineseLabels.ParseLevels(cell(LevelsColumn));
        if (levels is null)
        {
            problem($"公开层级“{cell(LevelsColumn)}”无法识别，应为{OneOf(ChineseLabels.LevelWords)}，两级都公开时写“{ChineseLabels.Of(Enum.GetValues<DisclosureLevel>())}”");
        }

        var withheldReason = method == DisclosureMethod.Withheld ? cell(WithheldReasonColumn) : "";
        if (method == DisclosureMethod.Withheld && withheldReason.Length == 0)
        {
            problem($"公开方式为“{ChineseLabels.Of(DisclosureMethod.Withheld)}”的事项须在“{WithheldReasonColumn}”列写明理由（法律依据）");
        }

        return new CatalogEntry
        {
            Domain = "", Category = cell(CategoryColumn), Item = cell(ItemColumn), Elements = cell(ElementsColumn),
            LegalBasis = cell(LegalBasisColumn), TimeLimit = cell(TimeLimitColumn), ResponsibleBody = cell(ResponsibleBodyColumn),
            Channels = ChannelCell.Read(cell(ChannelsColumn), problem), Audience = audience, Method = method, WithheldReason = withheldReason,
            Levels = levels ?? [], ResponsibleUnit = cell(ResponsibleUnitColumn), ResponsiblePerson = cell(ResponsiblePersonColumn),
            Source = cell(SourceColumn),
        };
    }

    /// <summary>The choice the text names; <paramref name="fallback"/> when it is empty or unknown (an unknown one is also a problem).</summary>
    private static T ReadChoice<T>(string text, Func<string, T?> parse, T fallback, Action<string> unknown) where T : struct
    {
        if (text.Length == 0)
        {
            return fallback;
        }

        var choice = parse(text);
        if (choice is null)
        {
            unknown(text);
        }

        return choice ?? fallback;
    }

    /// <summary>The 序号 typed in the row, or the row's position among the sheet's entries when there is none.</summary>
    private static int Order(string number, int position) =>
        int.TryParse(number, NumberStyles.Integer, CultureInfo.InvariantCulture, out var order) ? order : position;

    /// <summary>“主动”、“依申请”或“不予公开”.</summary>
    private static string OneOf(IEnumerable<string> words)
    {
        var quoted = words.Select(w => $"“{w}”").ToList();
        return quoted.Count == 1 ? quoted[0] : string.Join("、", quoted[..^1]) + "或" + quoted[^1];
    }
}
