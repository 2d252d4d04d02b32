using OrchardGov.ContentManagement.ContentItems;
using static OrchardGov.Disclosure.Models.ContentFields;

namespace OrchardGov.Disclosure.Models;

/// <summary>Maps a <see cref="CatalogEntry"/> to and from its content item (fields of the <c>CatalogEntry</c> part).</summary>
public static class CatalogEntryContent
{
    public static CatalogEntry Read(ContentItem item)
    {
        var part = item.Part(DisclosureTypes.CatalogEntry);
        return new CatalogEntry
        {
            ContentItemId = item.ContentItemId,
            Domain = Text(part, "Domain"),
            Category = Text(part, "Category"),
            Item = Text(part, "Item"),
            Elements = Text(part, "Elements"),
            LegalBasis = Text(part, "LegalBasis"),
            TimeLimit = Text(part, "TimeLimit"),
            ResponsibleBody = Text(part, "ResponsibleBody"),
            Channels = Values(part, "Channels"),
            Audience = Enum.TryParse<Audience>(Text(part, "Audience"), out var audience) ? audience : Audience.Public,
            Method = Enum.TryParse<DisclosureMethod>(Text(part, "Method"), out var method) ? method : DisclosureMethod.Proactive,
            WithheldReason = Text(part, "WithheldReason"),
            Levels = Values(part, "Levels").Select(l => Enum.TryParse<DisclosureLevel>(l, out var level) ? level : (DisclosureLevel?)null)
                .OfType<DisclosureLevel>().ToList(),
            ResponsibleUnit = Text(part, "ResponsibleUnit"),
            ResponsiblePerson = Text(part, "ResponsiblePerson"),
            ColumnId = Id(part, "Column"),
            Source = Text(part, "Source"),
            Order = (int)(Number(part, "Order") ?? 0),
        };
    }

    /// <summary>Writes the entry's values into the item (its display text is the 二级事项).</summary>
    public static void Write(CatalogEntry entry, ContentItem item)
    {
        item.DisplayText = entry.Item;
        var part = item.GetOrAddPart(DisclosureTypes.CatalogEntry);
        SetText(part, "Domain", entry.Domain);
        SetText(part, "Category", entry.Category);
        SetText(part, "Item", entry.Item);
        SetText(part, "Elements", entry.Elements);
        SetText(part, "LegalBasis", entry.LegalBasis);
        SetText(part, "TimeLimit", entry.TimeLimit);
        SetText(part, "ResponsibleBody", entry.ResponsibleBody);
        SetValues(part, "Channels", DisclosureChannels.InTableOrder(entry.Channels));
        SetText(part, "Audience", entry.Audience.ToString());
        SetText(part, "Method", entry.Method.ToString());
        SetText(part, "WithheldReason", entry.WithheldReason);
        SetValues(part, "Levels", entry.Levels.Order().Select(l => l.ToString()));
        SetText(part, "ResponsibleUnit", entry.ResponsibleUnit);
        SetText(part, "ResponsiblePerson", entry.ResponsiblePerson);
        SetIds(part, "Column", entry.ColumnId is null ? [] : [entry.ColumnId]);
        SetText(part, "Source", entry.Source);
        SetNumber(part, "Order", entry.Order);
    }

    public static ContentItem ToContentItem(CatalogEntry entry)
    {
        var item = new ContentItem { ContentType = DisclosureTypes.CatalogEntry, ContentItemId = entry.ContentItemId };
        Write(entry, item);
        return item;
    }
}
