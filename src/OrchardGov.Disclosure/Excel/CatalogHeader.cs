using static OrchardGov.Disclosure.Excel.CatalogTableLayout;

namespace OrchardGov.Disclosure.Excel;

/// <summary>
/// Where a sheet's header row is and which spreadsheet column holds each standard column. The header is the row,
/// among the first few, that names the most standard columns: row 1 as we write it, or below a title such as
/// "医疗卫生领域基层政务公开标准目录". Column order does not matter and other columns are ignored.
/// </summary>
internal sealed class CatalogHeader
{
    private const int RowsSearched = 10;
    private static readonly Dictionary<string, string> Standard = Headers.ToDictionary(Normalize);

    private readonly IReadOnlyDictionary<string, string> columns;

    private CatalogHeader(int index, IReadOnlyDictionary<string, string> columns)
    {
        Index = index;
        this.columns = columns;
    }

    /// <summary>The header's position in the sheet's rows (0 for row 1).</summary>
    public int Index { get; }

    public IReadOnlyList<string> Missing => RequiredHeaders.Where(h => !columns.ContainsKey(h)).ToList();

    /// <summary>The header of a catalog table, or null when the sheet names fewer than two standard columns (a notes sheet, say).</summary>
    public static CatalogHeader? Find(IReadOnlyList<IDictionary<string, object?>> rows)
    {
        var candidates = rows.Take(RowsSearched).Select((row, index) => new CatalogHeader(index, Columns(row))).ToList();
        var best = candidates.OrderByDescending(c => c.columns.Count).ThenBy(c => c.Index).FirstOrDefault();
        return best?.columns.Count >= 2 ? best : null;
    }

    /// <summary>The trimmed text of the row's cell under a standard column ("" when the sheet has no such column).</summary>
    public string Cell(IDictionary<string, object?> row, string header) =>
        columns.TryGetValue(header, out var key) && row.TryGetValue(key, out var value) ? CellText.Of(value) : "";

    // Standard header → the spreadsheet column ("A", "B", ...) that first carries it.
    private static Dictionary<string, string> Columns(IDictionary<string, object?> row)
    {
        var found = new Dictionary<string, string>();
        foreach (var (key, value) in row)
        {
            if (Standard.TryGetValue(Normalize(CellText.Of(value)), out var header))
            {
                found.TryAdd(header, key);
            }
        }

        return found;
    }
}
