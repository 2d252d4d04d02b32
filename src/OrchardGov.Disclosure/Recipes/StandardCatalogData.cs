using OrchardGov.ContentManagement;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Recipes;

/// <summary>
/// Reads the standard catalog data the recipes are built from: <c>domains.tsv</c> (key, name, order) and one
/// <c>{key}.tsv</c> per domain. Every problem is reported with its file and line; a row must fill every element
/// its levels need.
/// </summary>
public static class StandardCatalogData
{
    public static readonly string[] Header =
    [
        "category", "item", "elements", "legal_basis", "time_limit", "county_body", "township_body", "channels", "audience",
        "method", "withheld_reason", "levels", "county_unit", "township_unit", "source",
    ];

    public static IReadOnlyList<Domain> ReadDomains(string folder)
    {
        var path = Path.Combine(folder, "domains.tsv");
        return ReadTable(path, ["key", "name", "order"])
            .Select(row => new Domain { Key = row.Cells[0], Name = row.Cells[1], Order = int.Parse(row.Cells[2]) })
            .OrderBy(d => d.Order).ToList();
    }

    public static IReadOnlyList<StandardRow> ReadRows(string folder, string domainKey)
    {
        var path = Path.Combine(folder, domainKey + ".tsv");
        var problems = new List<string>();
        var rows = new List<StandardRow>();
        var seen = new Dictionary<(string, string), int>();
        foreach (var (line, cells) in ReadTable(path, Header))
        {
            var row = ReadRow(line, cells, problems.Add);
            if (row is null)
            {
                continue;
            }

            if (seen.TryGetValue((row.Category, row.Item), out var first))
            {
                problems.Add($"line {line}: '{row.Category} / {row.Item}' repeats line {first}.");
                continue;
            }

            seen[(row.Category, row.Item)] = line;
            rows.Add(row);
        }

        return problems.Count == 0 ? rows
            : throw new UserInputException($"{path}:\n" + string.Join("\n", problems));
    }

    private static StandardRow? ReadRow(int line, string[] cells, Action<string> problem)
    {
        string Cell(string name) => cells[Array.IndexOf(Header, name)];
        var problemsBefore = 0;
        void Problem(string text)
        {
            problemsBefore++;
            problem($"line {line}: {text}");
        }

        foreach (var required in new[] { "category", "item", "elements", "legal_basis", "time_limit", "channels", "source" })
        {
            if (Cell(required).Length == 0)
            {
                Problem($"'{required}' is empty.");
            }
        }

        var method = ChineseLabels.ParseMethod(Cell("method"));
        var audience = ChineseLabels.ParseAudience(Cell("audience"));
        var levels = ChineseLabels.ParseLevels(Cell("levels"));
        var channels = Cell("channels").Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (method is null) Problem($"method '{Cell("method")}' is not one of {ChineseLabels.Expected(ChineseLabels.MethodWords)}.");
        if (audience is null) Problem($"audience '{Cell("audience")}' is not one of {ChineseLabels.Expected(ChineseLabels.AudienceWords)}.");
        if (levels is null) Problem($"levels '{Cell("levels")}' are not {ChineseLabels.Expected(ChineseLabels.LevelWords)}.");
        foreach (var channel in channels.Where(c => !DisclosureChannels.IsStandard(c)))
        {
            Problem($"channel '{channel}' is not one of the 13 standard channels.");
        }

        if (method == DisclosureMethod.Proactive && !channels.Contains(DisclosureChannels.Website))
        {
            Problem($"a 主动 item must be published on {DisclosureChannels.Website}.");
        }

        if ((method == DisclosureMethod.Withheld) != (Cell("withheld_reason").Length > 0))
        {
            Problem("withheld_reason is needed for 不予公开 items and only for them.");
        }

        foreach (var (level, body, unit) in new[] { (DisclosureLevel.County, "county_body", "county_unit"), (DisclosureLevel.Township, "township_body", "township_unit") })
        {
            var has = levels?.Contains(level) == true;
            if (has != (Cell(body).Length > 0) || has != (Cell(unit).Length > 0))
            {
                Problem($"{body} and {unit} must be filled exactly when levels include {ChineseLabels.Of(level)}.");
            }
        }

        return problemsBefore > 0 ? null : new StandardRow
        {
            Line = line, Category = Cell("category"), Item = Cell("item"), Elements = Cell("elements"), LegalBasis = Cell("legal_basis"),
            TimeLimit = Cell("time_limit"), CountyBody = Cell("county_body"), TownshipBody = Cell("township_body"),
            Channels = DisclosureChannels.InTableOrder(channels), Audience = audience!.Value, Method = method!.Value,
            WithheldReason = Cell("withheld_reason"), Levels = levels!, CountyUnit = Cell("county_unit"),
            TownshipUnit = Cell("township_unit"), Source = Cell("source"),
        };
    }

    private static IEnumerable<(int Line, string[] Cells)> ReadTable(string path, IReadOnlyList<string> header)
    {
        if (!File.Exists(path))
        {
            throw new UserInputException($"{path}: the file does not exist.");
        }

        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || !lines[0].Split('\t').SequenceEqual(header))
        {
            throw new UserInputException($"{path}: the first line must be the header: {string.Join(" ", header)}.");
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var cells = lines[i].Split('\t').Select(c => c.Trim()).ToArray();
            if (cells.Length != header.Count)
            {
                throw new UserInputException($"{path}: line {i + 1} has {cells.Length} cells; the header has {header.Count}.");
            }

            yield return (i + 1, cells);
        }
    }
}
