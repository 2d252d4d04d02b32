using System.Text.Json.Nodes;
using OrchardGov.ContentManagement.ContentItems;
using static OrchardGov.Disclosure.Models.ContentFields;

namespace OrchardGov.Disclosure.Models;

/// <summary>Maps a <see cref="Column"/> to and from its content item (TitlePart, HtmlBodyPart and the <c>Column</c> part).</summary>
public static class ColumnContent
{
    public static Column Read(ContentItem item)
    {
        var part = item.Part(DisclosureTypes.Column);
        return new Column
        {
            ContentItemId = item.ContentItemId,
            Title = item.Part("TitlePart")?["Title"]?.GetValue<string>() ?? item.DisplayText ?? "",
            Slug = Text(part, "Slug"),
            ParentId = Id(part, "Parent"),
            Order = (int)(Number(part, "Order") ?? 0),
            Kind = Enum.TryParse<ColumnKind>(Text(part, "Kind"), out var kind) ? kind : ColumnKind.List,
            Freshness = Enum.TryParse<FreshnessClass>(Text(part, "Freshness"), out var freshness) ? freshness : FreshnessClass.Static,
            LinkUrl = Text(part, "LinkUrl"),
            Body = Html(item.Part("HtmlBodyPart")),
            Hidden = Boolean(part, "Hidden"),
            Domain = Text(part, "Domain"),
        };
    }

    public static ContentItem ToContentItem(Column column)
    {
        var item = new ContentItem { ContentType = DisclosureTypes.Column, ContentItemId = column.ContentItemId };
        Write(column, item);
        return item;
    }

    /// <summary>Writes the column's values into the item.</summary>
    public static void Write(Column column, ContentItem item)
    {
        item.DisplayText = column.Title;
        item.Parts["TitlePart"] = new JsonObject { ["Title"] = column.Title };
        if (column.Kind == ColumnKind.SinglePage)
        {
            item.Parts["HtmlBodyPart"] = new JsonObject { ["Html"] = column.Body };
        }

        var part = item.GetOrAddPart(DisclosureTypes.Column);
        SetText(part, "Slug", column.Slug);
        SetIds(part, "Parent", column.ParentId is null ? [] : [column.ParentId]);
        SetNumber(part, "Order", column.Order);
        SetText(part, "Kind", column.Kind.ToString());
        SetText(part, "Freshness", column.Freshness.ToString());
        SetText(part, "LinkUrl", column.LinkUrl);
        SetBoolean(part, "Hidden", column.Hidden);
        SetText(part, "Domain", column.Domain);
    }
}
