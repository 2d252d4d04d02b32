using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services.Editing;

/// <summary>What a catalog entry must have before it is saved, in the words an editor reads next to the form.</summary>
public static class CatalogEntryRules
{
    public static IEnumerable<string> Problems(CatalogEntry entry, SiteCatalog catalog)
    {
        if (catalog.Domains.All(d => d.Key != entry.Domain))
        {
            yield return $"本站点没有领域“{entry.Domain}”。";
        }

        if (string.IsNullOrWhiteSpace(entry.Category))
        {
            yield return "请填写一级事项。";
        }

        if (string.IsNullOrWhiteSpace(entry.Item))
        {
            yield return "请填写二级事项。";
        }

        if (string.IsNullOrWhiteSpace(entry.Elements))
        {
            yield return "请填写公开内容（要素）。";
        }

        if (entry.Method == DisclosureMethod.Withheld && string.IsNullOrWhiteSpace(entry.WithheldReason))
        {
            yield return "不予公开的事项请写明理由和法律依据。";
        }

        if (entry.Channels.FirstOrDefault(c => !DisclosureChannels.All.Contains(c)) is { } channel)
        {
            yield return $"公开渠道“{channel}”不是标准渠道。";
        }

        if (entry.ColumnId is { } columnId && catalog.Columns.Find(columnId) is null)
        {
            yield return "所选的栏目不存在。";
        }

        if (catalog.Entries.FirstOrDefault(e => e.ContentItemId != entry.ContentItemId && e.Key == entry.Key) is { } twin)
        {
            yield return $"目录中已有相同的事项：{twin.Category} / {twin.Item}。";
        }
    }
}
