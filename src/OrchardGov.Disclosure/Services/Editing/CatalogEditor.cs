using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Review;

namespace OrchardGov.Disclosure.Services.Editing;

/// <summary>
/// Editors' changes to a catalog: every element of an entry, local entries, domains marked 未涉及. Changes are
/// drafts until the level above approves the catalog; a proactive entry without a column gets a new one under
/// its domain, since every proactive item must have a column.
/// </summary>
public sealed class CatalogEditor(CatalogReader reader, CatalogReview review, NotApplicableDomains domains, ColumnEditor columns, AuditTrail audit)
{
    public async Task<CatalogEntry> SaveEntryAsync(ContentSession session, CatalogEntry input)
    {
        await review.EnsureEditableAsync(session);
        var catalog = await reader.ReadAsync(session, VersionOptions.Latest);
        var isNew = string.IsNullOrEmpty(input.ContentItemId);
        var before = isNew ? null : catalog.Entries.FirstOrDefault(e => e.ContentItemId == input.ContentItemId)
            ?? throw new UserInputException($"本站点的目录中没有这个事项（{input.ContentItemId}）。");
        var entry = Trimmed(input) with
        {
            Source = before?.Source ?? "local",
            Order = before?.Order ?? NextOrder(catalog, input.Domain),
        };
        var problems = CatalogEntryRules.Problems(entry, catalog).ToList();
        if (problems.Count > 0)
        {
            throw new UserInputException(string.Join(" ", problems));
        }

        if (entry.IsProactive && entry.ColumnId is null)
        {
            var domain = catalog.Domains.First(d => d.Key == entry.Domain);
            var column = await columns.AddAsync(session, new Column
            {
                Title = entry.Item, Slug = ColumnEditor.SlugFor(entry.Item), ParentId = domain.ColumnId, Kind = ColumnKind.List, Domain = entry.Domain,
            });
            entry = entry with { ColumnId = column.ContentItemId };
        }

        ContentItem item;
        if (isNew)
        {
            item = ContentSession.New(DisclosureTypes.CatalogEntry);
            CatalogEntryContent.Write(entry, item);
            session.Create(item);
        }
        else
        {
            item = await session.GetOrCreateDraftAsync(entry.ContentItemId);
            CatalogEntryContent.Write(entry, item);
            session.Update(item);
        }

        entry = entry with { ContentItemId = item.ContentItemId };
        audit.Record(session, new AuditRecord(isNew ? "catalog.entry.create" : "catalog.entry.update", entry.ContentItemId,
            $"公开事项 {entry.Category} / {entry.Item}", before, entry));
        return entry;
    }

    /// <summary>Marks a domain 未涉及 with the reason (or applicable again with null), as a draft for review.</summary>
    public async Task MarkDomainAsync(ContentSession session, string domainKey, string? reason)
    {
        await review.EnsureEditableAsync(session);
        await domains.MarkAsync(session, domainKey, reason, publish: false);
    }

    private static int NextOrder(SiteCatalog catalog, string domain) =>
        catalog.Entries.Where(e => e.Domain == domain).Select(e => e.Order).DefaultIfEmpty(0).Max() + 1;

    private static CatalogEntry Trimmed(CatalogEntry entry) => entry with
    {
        Category = entry.Category.Trim(), Item = entry.Item.Trim(), Elements = entry.Elements.Trim(), LegalBasis = entry.LegalBasis.Trim(),
        TimeLimit = entry.TimeLimit.Trim(), ResponsibleBody = entry.ResponsibleBody.Trim(), WithheldReason = entry.WithheldReason.Trim(),
        ResponsibleUnit = entry.ResponsibleUnit.Trim(), ResponsiblePerson = entry.ResponsiblePerson.Trim(),
        ColumnId = string.IsNullOrWhiteSpace(entry.ColumnId) ? null : entry.ColumnId,
    };
}
