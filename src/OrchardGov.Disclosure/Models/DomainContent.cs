using System.Text.Json.Nodes;
using OrchardGov.ContentManagement.ContentItems;
using static OrchardGov.Disclosure.Models.ContentFields;

namespace OrchardGov.Disclosure.Models;

/// <summary>Maps a <see cref="Domain"/> to and from its content item (TitlePart and the <c>Domain</c> part).</summary>
public static class DomainContent
{
    public static Domain Read(ContentItem item)
    {
        var part = item.Part(DisclosureTypes.Domain);
        var reason = Text(part, "NotApplicableReason");
        return new Domain
        {
            ContentItemId = item.ContentItemId,
            Key = Text(part, "Key"),
            Name = item.Part("TitlePart")?["Title"]?.GetValue<string>() ?? item.DisplayText ?? "",
            Order = (int)(Number(part, "Order") ?? 0),
            ColumnId = Id(part, "Column"),
            NotApplicableReason = Boolean(part, "NotApplicable") && reason.Length > 0 ? reason : null,
        };
    }

    public static ContentItem ToContentItem(Domain domain)
    {
        var item = new ContentItem { ContentType = DisclosureTypes.Domain, ContentItemId = domain.ContentItemId, DisplayText = domain.Name };
        item.Parts["TitlePart"] = new JsonObject { ["Title"] = domain.Name };
        var part = item.GetOrAddPart(DisclosureTypes.Domain);
        SetText(part, "Key", domain.Key);
        SetNumber(part, "Order", domain.Order);
        SetIds(part, "Column", domain.ColumnId is null ? [] : [domain.ColumnId]);
        SetNotApplicable(item, domain.NotApplicableReason);
        return item;
    }

    /// <summary>Marks the domain 未涉及 with the reason, or applicable again when the reason is null.</summary>
    public static void SetNotApplicable(ContentItem item, string? reason)
    {
        var part = item.GetOrAddPart(DisclosureTypes.Domain);
        SetBoolean(part, "NotApplicable", reason is not null);
        SetText(part, "NotApplicableReason", reason ?? "");
    }
}
