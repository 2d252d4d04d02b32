using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Excel;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services;

/// <summary>
/// Brings a catalog read from a workbook into a site, in the caller's session (one transaction): entries are
/// matched by domain, 一级事项 and 二级事项 and updated, or added; every 主动 entry gets its column. Entries the
/// file does not mention stay as they are. From the admin the entries become drafts for the catalog's review;
/// the command line (an operator setting a site up) publishes them at once.
/// </summary>
public sealed class CatalogImporter(CatalogReader reader, AuditTrail audit, TimeProvider clock)
{
    public async Task<CatalogImportResult> ImportAsync(ContentSession session, IReadOnlyList<CatalogSheet> sheets, bool publish = true)
    {
        var catalog = await reader.ReadAsync(session, VersionOptions.Latest);
        var unknown = sheets.Where(s => catalog.Domains.All(d => d.Name != s.DomainName)).Select(s => s.DomainName).ToList();
        if (unknown.Count > 0)
        {
            throw new UserInputException(
                $"工作表{string.Join("、", unknown.Select(n => $"“{n}”"))}不是本站点的领域；本站点的领域有：{string.Join("、", catalog.Domains.Select(d => d.Name))}。"
                + "工作表名称应为领域名称。");
        }

        var allColumns = catalog.Columns.All.ToList();

        int created = 0, updated = 0, unchanged = 0, columnsAdded = 0;
        foreach (var sheet in sheets)
        {
            var domain = catalog.Domains.First(d => d.Name == sheet.DomainName);
            var existing = catalog.EntriesOf(domain.Key).ToDictionary(e => (e.Category, e.Item));
            var incoming = sheet.Entries.Select(e => e with
            {
                Domain = domain.Key,
                ContentItemId = existing.TryGetValue((e.Category, e.Item), out var stored) ? stored.ContentItemId : "",
                ColumnId = existing.TryGetValue((e.Category, e.Item), out var bound) ? bound.ColumnId : null,
            }).ToList();
            var plan = CatalogColumnPlanner.Plan(domain, incoming, allColumns);
            foreach (var column in plan.AddedColumns)
            {
                await ImportNewAsync(session, ColumnContent.ToContentItem(column), publish: true);
                allColumns.Add(column);
                columnsAdded++;
            }

            foreach (var entry in plan.Entries)
            {
                if (!existing.ContainsKey((entry.Category, entry.Item)))
                {
                    await ImportNewAsync(session, CatalogEntryContent.ToContentItem(entry), publish);
                    created++;
                    continue;
                }

                var latest = (await session.GetAsync(entry.ContentItemId, VersionOptions.Latest))!;
                var before = latest.Part(DisclosureTypes.CatalogEntry)?.ToJsonString();
                var candidate = latest.Clone();
                CatalogEntryContent.Write(entry, candidate);
                if (candidate.Part(DisclosureTypes.CatalogEntry)?.ToJsonString() == before && (latest.Published || !publish))
                {
                    unchanged++;
                    continue;
                }

                var draft = await session.GetOrCreateDraftAsync(entry.ContentItemId);
                CatalogEntryContent.Write(entry, draft);
                session.Update(draft);
                if (publish)
                {
                    await session.PublishAsync(draft);
                }

                updated++;
            }
        }

        var result = new CatalogImportResult(created, updated, unchanged, columnsAdded);
        audit.Record(session, new AuditRecord("catalog.import", null, $"目录导入（{string.Join("、", sheets.Select(s => s.DomainName))}）", After: result));
        return result;
    }

    private async Task ImportNewAsync(ContentSession session, ContentItem item, bool publish)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        item.ContentItemVersionId = ContentItemIdGenerator.NewId();
        item.CreatedUtc = item.ModifiedUtc = now;
        item.PublishedUtc = publish ? now : null;
        item.Latest = true;
        item.Published = publish;
        await session.ImportAsync(item);
    }
}
