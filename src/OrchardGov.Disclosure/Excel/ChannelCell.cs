using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Excel;

/// <summary>
/// The 公开渠道和载体 cell: the 13 standard boxes in table order, one a line, ■ ticked and □ not
/// ("■政府网站\n□政府公报…"). Reading also takes ☑/√ and ☐, boxes on one line, or a plain "政府网站、两微一端" list.
/// </summary>
internal static class ChannelCell
{
    public const char Chosen = '■';
    public const char NotChosen = '□';

    private static readonly char[] ChosenMarks = [Chosen, '☑', '√', '✓', '✔'];
    private static readonly char[] NotChosenMarks = [NotChosen, '☐'];
    private static readonly char[] Separators = ['\n', '\r', '\t', ' ', '\u3000', '、', '，', ',', '；', ';'];

    public static string Write(IEnumerable<string> channels)
    {
        var chosen = channels.ToHashSet(StringComparer.Ordinal);
        return string.Join("\n", DisclosureChannels.All.Select(c => (chosen.Contains(c) ? Chosen : NotChosen) + c));
    }

    /// <summary>The ticked channels in table order; <paramref name="problem"/> hears of each part that cannot be read.</summary>
    public static IReadOnlyList<string> Read(string cell, Action<string> problem)
    {
        var parts = SplitBeforeMarks(cell).SelectMany(p => p.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var boxed = parts.Any(p => IsMark(p[0]));
        var chosen = new List<string>();
        foreach (var part in parts)
        {
            var name = Standard(part.TrimStart([.. ChosenMarks, .. NotChosenMarks]).Trim());
            if (name.Length == 0)
            {
                continue;
            }

            if (!DisclosureChannels.IsStandard(name))
            {
                problem($"公开渠道“{name}”不是标准渠道，应为{ChineseLabels.Expected(DisclosureChannels.All)}之一");
            }
            else if (boxed && !IsMark(part[0]))
            {
                problem($"公开渠道“{name}”前没有{Chosen}或{NotChosen}，无法判断是否选中");
            }
            else if (!boxed || ChosenMarks.Contains(part[0]))
            {
                chosen.Add(name);
            }
        }

        return DisclosureChannels.InTableOrder(chosen);
    }

    private static bool IsMark(char c) => ChosenMarks.Contains(c) || NotChosenMarks.Contains(c);

    // "■政府网站□政府公报" typed on one line without spaces: each mark starts a part.
    private static IEnumerable<string> SplitBeforeMarks(string cell)
    {
        var start = 0;
        for (var i = 1; i < cell.Length; i++)
        {
            if (IsMark(cell[i]))
            {
                yield return cell[start..i];
                start = i;
            }
        }

        yield return cell[start..];
    }

    // Full-width brackets and slashes, as an input method types them, name the same channel.
    private static string Standard(string name) => name.Replace('（', '(').Replace('）', ')').Replace('／', '/');
}
