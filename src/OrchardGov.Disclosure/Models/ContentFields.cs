using System.Globalization;
using System.Text.Json.Nodes;

namespace OrchardGov.Disclosure.Models;

/// <summary>Reads and writes Orchard Core field values inside a part (<c>{"Field": {"Text": ...}}</c> and the like).</summary>
internal static class ContentFields
{
    public static string Text(JsonObject? part, string field) =>
        part?[field]?["Text"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";

    public static void SetText(JsonObject part, string field, string? text) => part[field] = new JsonObject { ["Text"] = text ?? "" };

    public static IReadOnlyList<string> Values(JsonObject? part, string field) => Strings(part?[field]?["Values"]);

    public static void SetValues(JsonObject part, string field, IEnumerable<string> values) =>
        part[field] = new JsonObject { ["Values"] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()) };

    public static IReadOnlyList<string> Ids(JsonObject? part, string field) => Strings(part?[field]?["ContentItemIds"]);

    public static string? Id(JsonObject? part, string field) => Ids(part, field) is [var id, ..] ? id : null;

    public static void SetIds(JsonObject part, string field, IEnumerable<string> ids) =>
        part[field] = new JsonObject { ["ContentItemIds"] = new JsonArray(ids.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()) };

    public static decimal? Number(JsonObject? part, string field) =>
        part?[field]?["Value"] is JsonValue value && value.TryGetValue<decimal>(out var number) ? number : null;

    public static void SetNumber(JsonObject part, string field, decimal? number) => part[field] = new JsonObject { ["Value"] = number };

    public static bool Boolean(JsonObject? part, string field) =>
        part?[field]?["Value"] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    public static void SetBoolean(JsonObject part, string field, bool flag) => part[field] = new JsonObject { ["Value"] = flag };

    /// <summary>A DateField value (Orchard writes a date as midnight of that day).</summary>
    public static DateOnly? Date(JsonObject? part, string field) =>
        part?[field]?["Value"] is JsonValue value && value.TryGetValue<string>(out var text)
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? DateOnly.FromDateTime(date) : null;

    public static void SetDate(JsonObject part, string field, DateOnly? date) => part[field] = new JsonObject
    {
        ["Value"] = date is { } day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z" : null,
    };

    public static string Html(JsonObject? part) =>
        part?["Html"] is JsonValue value && value.TryGetValue<string>(out var html) ? html : "";

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.OfType<JsonValue>().Select(v => v.ToString()).Where(v => v.Length > 0).ToList() : [];
}
