using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OrchardGov.ContentManagement;

namespace OrchardGov.Disclosure.Services.Compliance.Calendar;

/// <summary>
/// Reads and writes a year in the holiday-cn format (<c>{"year":2022,"papers":[...],"days":[{"name","date","isOffDay"}]}</c>).
/// Administrators load and correct years in this format, so every refusal names the source and the faulty item.
/// </summary>
public static class HolidayYearJson
{
    public const int EarliestYear = 2000;
    public const int LatestYear = 2100;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static HolidayYear Parse(string json, string source)
    {
        using var document = ReadDocument(json, source);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new UserInputException($"{source}：内容应是一个 {{ … }} 对象，含 “year”、“papers” 和 “days”。");
        }

        var year = ReadYear(root, source);
        var papers = ReadPapers(root, source);
        var days = ReadDays(root, year, source);
        return new HolidayYear(year, papers, days);
    }

    public static string Write(HolidayYear year)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("year", year.Year);
            writer.WriteStartArray("papers");
            foreach (var paper in year.Papers)
            {
                writer.WriteStringValue(paper);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("days");
            foreach (var day in year.Days)
            {
                HolidayDayJson.Write(writer, day);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static JsonDocument ReadDocument(string json, string source)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException error)
        {
            var line = (error.LineNumber ?? 0) + 1;
            throw new UserInputException($"{source}：不是有效的 JSON，第 {line} 行有误；请检查该行的引号、逗号和括号。");
        }
    }

    private static int ReadYear(JsonElement root, string source)
    {
        if (!root.TryGetProperty("year", out var element))
        {
            throw new UserInputException($"{source}：缺少 “year”（年份），例如 \"year\": 2022。");
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var year))
        {
            throw new UserInputException($"{source}：“year” 应是数字年份，例如 2022，而不是 {element.GetRawText()}。");
        }

        if (year is < EarliestYear or > LatestYear)
        {
            throw new UserInputException($"{source}：年份 {year} 不在 {EarliestYear} 到 {LatestYear} 之间。");
        }

        return year;
    }

    private static List<string> ReadPapers(JsonElement root, string source)
    {
        if (!root.TryGetProperty("papers", out var element))
        {
            return [];
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new UserInputException($"{source}：“papers” 应是通知网址的列表 [ … ]。");
        }

        var papers = new List<string>();
        foreach (var paper in element.EnumerateArray())
        {
            if (paper.ValueKind != JsonValueKind.String)
            {
                throw new UserInputException($"{source}：“papers” 第 {papers.Count + 1} 项应是文字（通知网址），而不是 {paper.GetRawText()}。");
            }

            papers.Add(paper.GetString()!);
        }

        return papers;
    }

    private static List<HolidayDay> ReadDays(JsonElement root, int year, string source)
    {
        if (!root.TryGetProperty("days", out var element) || element.ValueKind != JsonValueKind.Array)
        {
            throw new UserInputException($"{source}：缺少 “days” 列表；通知尚未公布的年份请写 \"days\": []。");
        }

        var days = new List<HolidayDay>();
        var listedAt = new Dictionary<DateOnly, int>();
        foreach (var item in element.EnumerateArray())
        {
            var position = days.Count + 1;
            var day = HolidayDayJson.Read(item, year, $"{source}：第 {position} 项");
            if (listedAt.TryGetValue(day.Date, out var first))
            {
                throw new UserInputException($"{source}：第 {position} 项的日期 “{HolidayDayJson.Format(day.Date)}” 与第 {first} 项重复。");
            }

            listedAt.Add(day.Date, position);
            days.Add(day);
        }

        return days;
    }
}
