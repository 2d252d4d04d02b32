using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services.Review;

/// <summary>
/// Compares two versions of a catalog entry by entry for the reviewer. Entries are matched by ContentItemId, so a
/// renamed row reads as changed rather than removed and added. Only what the published catalog shows counts: the
/// column binding, where a standard row came from and the row order do not.
/// </summary>
public static class CatalogComparison
{
    private sealed record Field(string Label, Func<CatalogEntry, string> Show);

    // Channels and levels are shown in one canonical order, so the same set always shows the same text and
    // reordering them is no change.
    private static readonly Field[] Fields =
    [
        new("一级事项", e => e.Category),
        new("二级事项", e => e.Item),
        new("公开内容", e => e.Elements),
        new("公开依据", e => e.LegalBasis),
        new("公开时限", e => e.TimeLimit),
        new("公开主体", e => e.ResponsibleBody),
        new("公开渠道", e => ShowChannels(e.Channels)),
        new("公开对象", e => ChineseLabels.Of(e.Audience)),
        new("公开方式", e => ChineseLabels.Of(e.Method)),
        new("不予公开理由", e => e.WithheldReason),
        new("公开层级", e => ChineseLabels.Of(e.Levels.Distinct())),
        new("责任科室", e => e.ResponsibleUnit),
        new("责任人", e => e.ResponsiblePerson),
    ];

    private const string DomainField = "所属领域";

    public static CatalogDifference Compare(CatalogSnapshot older, CatalogSnapshot newer)
    {
        var olderEntries = Index(older.Entries, e => e.ContentItemId, Describe, nameof(older), "entries");
        var newerEntries = Index(newer.Entries, e => e.ContentItemId, Describe, nameof(newer), "entries");
        var olderDomains = Index(older.Domains, d => d.Key, d => d.Name, nameof(older), "domains");
        var newerDomains = Index(newer.Domains, d => d.Key, d => d.Name, nameof(newer), "domains");

        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in newer.Domains.Concat(older.Domains).Select(d => d.Key))
        {
            rank.TryAdd(key, rank.Count);
        }

        IEnumerable<CatalogEntry> InCatalogOrder(IEnumerable<CatalogEntry> entries) => entries
            .OrderBy(e => rank.GetValueOrDefault(e.Domain, int.MaxValue)).ThenBy(e => e.Domain, StringComparer.Ordinal)
            .ThenBy(e => e.Order).ThenBy(e => e.Category, StringComparer.Ordinal).ThenBy(e => e.Item, StringComparer.Ordinal)
            .ThenBy(e => e.ContentItemId, StringComparer.Ordinal);

        var changed = new List<ChangedEntry>();
        var unchanged = 0;
        foreach (var after in InCatalogOrder(newerEntries.Values.Where(e => olderEntries.ContainsKey(e.ContentItemId))))
        {
            var before = olderEntries[after.ContentItemId];
            var changes = FieldChanges(before, after, olderDomains, newerDomains);
            if (changes.Count == 0)
            {
                unchanged++;
            }
            else
            {
                changed.Add(new ChangedEntry(before, after, changes));
            }
        }

        return new CatalogDifference
        {
            Added = InCatalogOrder(newerEntries.Values.Where(e => !olderEntries.ContainsKey(e.ContentItemId))).ToList(),
            Removed = InCatalogOrder(olderEntries.Values.Where(e => !newerEntries.ContainsKey(e.ContentItemId))).ToList(),
            Changed = changed,
            Domains = rank.Keys.Select(key => DomainChangeOf(olderDomains.GetValueOrDefault(key), newerDomains.GetValueOrDefault(key)))
                .OfType<DomainChange>().ToList(),
            Unchanged = unchanged,
        };
    }

    private static List<FieldChange> FieldChanges(
        CatalogEntry before, CatalogEntry after, Dictionary<string, DomainState> olderDomains, Dictionary<string, DomainState> newerDomains)
    {
        var changes = Fields
            .Select(field => new FieldChange(field.Label, field.Show(before), field.Show(after)))
            .Where(change => change.Before != change.After)
            .ToList();
        if (before.Domain != after.Domain)
        {
            // Compared by key, shown by name: a domain renamed between versions does not change its entries.
            changes.Add(new FieldChange(DomainField, olderDomains.GetValueOrDefault(before.Domain)?.Name ?? before.Domain,
                newerDomains.GetValueOrDefault(after.Domain)?.Name ?? after.Domain));
        }

        return changes;
    }

    // A domain missing from one version (a later recipe added it) counts as applicable there; its entries show as added or removed.
    private static DomainChange? DomainChangeOf(DomainState? before, DomainState? after)
    {
        var reasonBefore = before is { NotApplicable: true } ? before.Reason : "";
        var reasonAfter = after is { NotApplicable: true } ? after.Reason : "";
        DomainChangeKind? kind = (before?.NotApplicable == true, after?.NotApplicable == true) switch
        {
            (false, true) => DomainChangeKind.MarkedNotApplicable,
            (true, false) => DomainChangeKind.UnmarkedNotApplicable,
            (true, true) when reasonBefore != reasonAfter => DomainChangeKind.ReasonChanged,
            _ => null,
        };
        var domain = (after ?? before)!;
        return kind is { } k ? new DomainChange(domain.Key, domain.Name, k, reasonBefore, reasonAfter) : null;
    }

    private static string ShowChannels(IEnumerable<string> channels)
    {
        var chosen = channels.Distinct(StringComparer.Ordinal).ToList();
        var others = chosen.Where(c => !DisclosureChannels.IsStandard(c)).Order(StringComparer.Ordinal);
        return string.Join("、", DisclosureChannels.InTableOrder(chosen).Concat(others));
    }

    private static Dictionary<string, T> Index<T>(
        IEnumerable<T> items, Func<T, string> key, Func<T, string> describe, string version, string what)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (string.IsNullOrEmpty(key(item)))
            {
                throw new ArgumentException(
                    $"The {version} catalog version has {what} without an id ({describe(item)}); "
                    + "versions are compared by id, so take snapshots from saved content.",
                    version);
            }

            if (!index.TryAdd(key(item), item))
            {
                throw new ArgumentException(
                    $"The {version} catalog version has two {what} with the id '{key(item)}' "
                    + $"({describe(index[key(item)])} and {describe(item)}); each must have its own.",
                    version);
            }
        }

        return index;
    }

    private static string Describe(CatalogEntry entry) => $"{entry.Domain} / {entry.Category} / {entry.Item}";
}
