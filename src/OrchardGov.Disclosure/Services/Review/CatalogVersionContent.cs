using System.Text.Json.Nodes;
using OrchardGov.ContentManagement.ContentItems;
using static OrchardGov.Disclosure.Models.ContentFields;

namespace OrchardGov.Disclosure.Services.Review;

/// <summary>Maps a <see cref="CatalogVersion"/> to and from its content item (type <c>CatalogVersion</c>, never published).</summary>
public static class CatalogVersionContent
{
    public const string ContentType = "CatalogVersion";

    public static CatalogVersion Read(ContentItem item)
    {
        var part = item.Part(ContentType);
        return new CatalogVersion
        {
            ContentItemId = item.ContentItemId,
            Number = (int)(Number(part, "Number") ?? 0),
            Status = Enum.TryParse<CatalogVersionStatus>(Text(part, "Status"), out var status) ? status : CatalogVersionStatus.Submitted,
            SubmittedBy = Text(part, "SubmittedBy"),
            SubmittedUtc = Utc(part, "SubmittedUtc") ?? default,
            ReviewedBy = Text(part, "ReviewedBy"),
            ReviewedUtc = Utc(part, "ReviewedUtc"),
            ReviewNote = Text(part, "ReviewNote"),
            Snapshot = CatalogSnapshot.FromJson(Text(part, "Snapshot")),
        };
    }

    public static void Write(CatalogVersion version, ContentItem item)
    {
        item.DisplayText = $"目录第 {version.Number} 版";
        var part = item.GetOrAddPart(ContentType);
        SetNumber(part, "Number", version.Number);
        SetText(part, "Status", version.Status.ToString());
        SetText(part, "SubmittedBy", version.SubmittedBy);
        part["SubmittedUtc"] = new JsonObject { ["Value"] = version.SubmittedUtc };
        SetText(part, "ReviewedBy", version.ReviewedBy);
        part["ReviewedUtc"] = new JsonObject { ["Value"] = version.ReviewedUtc };
        SetText(part, "ReviewNote", version.ReviewNote);
        SetText(part, "Snapshot", CatalogSnapshot.ToJson(version.Snapshot));
    }

    private static DateTime? Utc(JsonObject? part, string field) =>
        part?[field]?["Value"] is JsonValue value && value.TryGetValue<DateTime>(out var at) ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null;
}
