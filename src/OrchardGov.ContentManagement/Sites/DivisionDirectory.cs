using System.Collections.Frozen;
using Microsoft.VisualBasic.FileIO;

namespace OrchardGov.ContentManagement.Sites;

/// <summary>
/// The names and parents of China's provinces, cities, counties and townships by statistical division code
/// (2023 codes; see <c>Sites/Divisions/SOURCE.md</c>). The data is embedded in this assembly, so a published
/// app needs no source tree. Provinces are <see cref="SiteLevel.Platform"/>: a provincial portal hosts the rest.
/// </summary>
public sealed class DivisionDirectory
{
    private readonly FrozenDictionary<string, Division> _byCode;

    private DivisionDirectory(IEnumerable<Division> divisions) =>
        _byCode = divisions.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);

    public static DivisionDirectory Embedded { get; } = Load();

    public int Count => _byCode.Count;

    public Division? Find(string code) => _byCode.GetValueOrDefault(code);

    public IEnumerable<Division> ChildrenOf(string code) =>
        _byCode.Values.Where(d => d.ParentCode == code).OrderBy(d => d.Code, StringComparer.Ordinal);

    private static DivisionDirectory Load() => new(
        Read("provinces", SiteLevel.Platform, parentColumn: null)
            .Concat(Read("cities", SiteLevel.City, parentColumn: "provinceCode"))
            .Concat(Read("areas", SiteLevel.County, parentColumn: "cityCode"))
            .Concat(Read("streets", SiteLevel.Township, parentColumn: "areaCode")));

    private static IEnumerable<Division> Read(string file, SiteLevel level, string? parentColumn)
    {
        using var stream = typeof(DivisionDirectory).Assembly.GetManifestResourceStream($"Divisions.{file}.csv")
            ?? throw new InvalidOperationException($"The embedded division list {file}.csv is missing from the build.");
        using var parser = new TextFieldParser(stream) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields() ?? [];
        var parentIndex = parentColumn is null ? -1 : Array.IndexOf(header, parentColumn);
        var divisions = new List<Division>();
        while (parser.ReadFields() is { } fields)
        {
            divisions.Add(new Division(fields[0], fields[1], level, parentIndex < 0 ? null : fields[parentIndex]));
        }

        return divisions;
    }
}
