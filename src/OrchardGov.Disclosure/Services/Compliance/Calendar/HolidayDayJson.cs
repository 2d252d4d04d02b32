using System.Globalization;
using System.Text.Json;
using OrchardGov.ContentManagement;

namespace OrchardGov.Disclosure.Services.Compliance.Calendar;

/// <summary>One entry of a holiday-cn <c>days</c> list; when reading, <c>where</c> names the file and the item in every refusal.</summary>
internal static class HolidayDayJson
{
    private const string DateFormat = "yyyy-MM-dd";

    public static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static void Write(Utf8JsonWriter writer, HolidayDay day)
    {
        writer.WriteStartObject();
        writer.WriteString("name", day.Name);
        writer.WriteString("date", Format(day.Date));
        writer.WriteBoolean("isOffDay", day.IsOffDay);
        writer.WriteEndObject();
    }

    public static HolidayDay Read(JsonElement item, int year, string where)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new UserInputException($"{where}应是 {{ \"name\", \"date\", \"isOffDay\" }} 对象，而不是 {item.GetRawText()}。");
        }

        var name = ReadName(item, where);
        var date = ReadDate(item, year, where);
        var isOffDay = ReadIsOffDay(item, where);
        return new HolidayDay(date, name, isOffDay);
    }

    private static string ReadName(JsonElement item, string where)
    {
        if (!item.TryGetProperty("name", out var element) || element.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(element.GetString()))
        {
            throw new UserInputException($"{where}缺少节日名称 “name”，例如 \"name\": \"国庆节\"。");
        }

        return element.GetString()!;
    }

    private static DateOnly ReadDate(JsonElement item, int year, string where)
    {
        if (!item.TryGetProperty("date", out var element) || element.ValueKind != JsonValueKind.String)
        {
            throw new UserInputException($"{where}缺少日期 “date”，例如 \"date\": \"{year}-10-08\"。");
        }

        var text = element.GetString()!;
        if (!DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new UserInputException($"{where}的日期 “{text}” 不是有效日期，应写成 {year}-10-08 这样的 年-月-日。");
        }

        // A notice may also move days of the December before its 元旦 (the 2023 notice gives 2022-12-31 off).
        var earliest = new DateOnly(year - 1, 12, 1);
        if (date < earliest || date.Year > year)
        {
            throw new UserInputException($"{where}的日期 “{text}” 不在 {year} 年内（只可含上一年 12 月的调休日）。");
        }

        return date;
    }

    private static bool ReadIsOffDay(JsonElement item, string where)
    {
        if (!item.TryGetProperty("isOffDay", out var element))
        {
            throw new UserInputException($"{where}缺少 “isOffDay”：放假写 true，调休上班写 false。");
        }

        return element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new UserInputException($"{where}的 “isOffDay” 应是 true（放假）或 false（调休上班），而不是 {element.GetRawText()}。"),
        };
    }
}
