using System.Globalization;
using OrchardGov.Disclosure.Models;
using static OrchardGov.Disclosure.Excel.CatalogTableLayout;

namespace OrchardGov.Disclosure.Excel;

/// <summary>Reads the rows of one catalog worksheet (first row: the header), reporting each problem with the row number Excel shows.</summary>
internal static class CatalogSheetReader
{
    private static readonly string[] Required = [CategoryColumn, ItemColumn, ElementsColumn, MethodColumn, LevelsColumn];
    private static readonly char[] ChosenMarks = ['■', '☑', '√', '✓', '✔'];
    private static readonly char[] NotChosenMarks = ['□', '☐'];

    public static CatalogSheet? Read(string sheet, IReadOnlyList<IDictionary<string, object?>> rows, Action<string> problem)
    {
        var columns = rows[0].Where(cell => Text(cell.Value).Length > 0)
            .GroupBy(cell => Normalize(Text(cell.Value))).ToDictionary(g => g.Key, g => g.First().Key);
        var missing = Headers.Where(h => h is not (NumberColumn or WithheldReasonColumn or SourceColumn) && !columns.ContainsKey(Normalize(h))).ToList();
        if (missing.Count > 0)
        {
            problem($"工作表“{sheet}”缺少列：{string.Join("、", missing)}（第1行应为表头）。");
            return null;
        }

        var entries = new List<CatalogEntry>();
        var seen = new Dictionary<(string, string), int>();
        for (var index = 1; index < rows.Count; index++)
        {
            var rowNumber = index + 1;
            string Cell(string header) => columns.TryGetValue(Normalize(header), out var column) ? Text(rows[index].TryGetValue(column, out var value) ? value : null) : "";
            if (Headers.All(h => Cell(h).Length == 0))
            {
                continue;
            }

            var at = $"工作表“{sheet}”第{rowNumber}行";
            var before = entries.Count;
            var rowProblems = new List<string>();
            foreach (var header in Required.Where(h => Cell(h).Length == 0))
            {
                rowProblems.Add($"{at}：{header}为空。");
            }

            var method = Cell(MethodColumn).Length == 0 ? null : ChineseLabels.ParseMethod(Cell(MethodColumn));
            if (Cell(MethodColumn).Length > 0 && method is null)
            {
                rowProblems.Add($"{at}：公开方式“{Cell(MethodColumn)}”无法识别，应为{ChineseLabels.Expected(ChineseLabels.MethodWords)}。");
            }

            var audience = Cell(AudienceColumn).Length == 0 ? Audience.Public : ChineseLabels.ParseAudience(Cell(AudienceColumn));
            if (audience is null)
            {
                rowProblems.Add($"{at}：公开对象“{Cell(AudienceColumn)}”无法识别，应为{ChineseLabels.Expected(ChineseLabels.AudienceWords)}。");
            }

            var levels = Cell(LevelsColumn).Length == 0 ? null : ChineseLabels.ParseLevels(Cell(LevelsColumn));
            if (Cell(LevelsColumn).Length > 0 && levels is null)
            {
                rowProblems.Add($"{at}：公开层级“{Cell(LevelsColumn)}”无法识别，应为{ChineseLabels.Expected(ChineseLabels.LevelWords)}或两者。");
            }

            if (method == DisclosureMethod.Withheld && Cell(WithheldReasonColumn).Length == 0)
            {
                rowProblems.Add($"{at}：不予公开的事项须在“{WithheldReasonColumn}”列写明法律依据。");
            }

            var channels = ReadChannels(Cell(ChannelsColumn), channel => rowProblems.Add($"{at}：公开渠道“{channel}”不是13个标准渠道之一。"));
            var key = (Cell(CategoryColumn), Cell(ItemColumn));
            if (key.Item1.Length > 0 && key.Item2.Length > 0)
            {
                if (seen.TryGetValue(key, out var first))
                {
                    rowProblems.Add($"{at}：事项“{key.Item1} / {key.Item2}”与第{first}行重复。");
                }
                else
                {
                    seen[key] = rowNumber;
                }
            }

            rowProblems.ForEach(problem);
            if (rowProblems.Count > 0)
            {
                continue;
            }

            entries.Add(new CatalogEntry
            {
                Domain = "", Category = key.Item1, Item = key.Item2, Elements = Cell(ElementsColumn), LegalBasis = Cell(LegalBasisColumn),
                TimeLimit = Cell(TimeLimitColumn), ResponsibleBody = Cell(ResponsibleBodyColumn), Channels = channels, Audience = audience!.Value,
                Method = method!.Value, WithheldReason = method == DisclosureMethod.Withheld ? Cell(WithheldReasonColumn) : "", Levels = levels!,
                ResponsibleUnit = Cell(ResponsibleUnitColumn), ResponsiblePerson = Cell(ResponsiblePersonColumn), Source = Cell(SourceColumn),
                Order = int.TryParse(Cell(NumberColumn), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : before + 1,
            });
        }

        return new CatalogSheet(sheet, entries);
    }

    /// <summary>"■政府网站\n□政府公报…" (the boxes of the table) or a plain "政府网站、两微一端" list of the chosen ones.</summary>
    private static IReadOnlyList<string> ReadChannels(string cell, Action<string> unknown)
    {
        var parts = cell.Split(['\n', '\r', '、', '，', ',', ';', '；', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var boxed = parts.Any(p => ChosenMarks.Contains(p[0]) || NotChosenMarks.Contains(p[0]));
        var chosen = new List<string>();
        foreach (var part in parts)
        {
            var isChosen = !boxed || ChosenMarks.Contains(part[0]);
            var name = part.TrimStart(ChosenMarks).TrimStart(NotChosenMarks).Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (!DisclosureChannels.IsStandard(name))
            {
                unknown(name);
            }
            else if (isChosen)
            {
                chosen.Add(name);
            }
        }

        return DisclosureChannels.InTableOrder(chosen);
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        double number => number.ToString(CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };
}
