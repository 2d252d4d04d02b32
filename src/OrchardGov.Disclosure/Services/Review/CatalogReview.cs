using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services.Review;

/// <summary>
/// 上级审核 of a catalog: editors change drafts, submit them as a numbered version, and a reviewer of the level
/// above approves it (the drafts become the public catalog) or returns it with a reason. While a version waits
/// for review the catalog cannot be changed, so what is approved is exactly what was submitted.
/// </summary>
public sealed class CatalogReview(CatalogReader reader, AuditTrail audit, IAuditActorSource actors, TimeProvider clock)
{
    private const int AllItems = 100_000;

    public async Task<IReadOnlyList<CatalogVersion>> VersionsAsync(ContentSession session)
    {
        var page = await session.QueryAsync(new ContentQuery { ContentType = CatalogVersionContent.ContentType, Version = VersionOptions.Latest, Take = AllItems });
        return page.Items.Select(CatalogVersionContent.Read).OrderByDescending(v => v.Number).ToList();
    }

    public async Task<CatalogVersion?> PendingAsync(ContentSession session) =>
        (await VersionsAsync(session)).FirstOrDefault(v => v.Status == CatalogVersionStatus.Submitted);

    public async Task<CatalogVersion> GetAsync(ContentSession session, int number) =>
        (await VersionsAsync(session)).FirstOrDefault(v => v.Number == number)
        ?? throw new UserInputException($"目录没有第 {number} 版。");

    /// <summary>The catalog as it stands: the public one, or the editors' drafts over it.</summary>
    public async Task<CatalogSnapshot> SnapshotAsync(ContentSession session, VersionOptions version)
    {
        var catalog = await reader.ReadAsync(session, version);
        return new CatalogSnapshot
        {
            Entries = catalog.Entries,
            Domains = catalog.Domains.Select(d => new DomainState(d.Key, d.Name, d.NotApplicable, d.NotApplicableReason ?? "")).ToList(),
        };
    }

    /// <summary>Refuses a change while a version waits for review.</summary>
    public async Task EnsureEditableAsync(ContentSession session)
    {
        if (await PendingAsync(session) is { } pending)
        {
            throw new UserInputException($"目录第 {pending.Number} 版已提交上级审核，审核完成（通过或退回）前不能修改目录。");
        }
    }

    public async Task<CatalogVersion> SubmitAsync(ContentSession session)
    {
        await EnsureEditableAsync(session);
        var drafts = await SnapshotAsync(session, VersionOptions.Latest);
        if (CatalogComparison.Compare(await SnapshotAsync(session, VersionOptions.Published), drafts).IsEmpty)
        {
            throw new UserInputException("目录与已公开的版本相同，没有需要审核的修改。");
        }

        var versions = await VersionsAsync(session);
        var version = new CatalogVersion
        {
            Number = versions.Count == 0 ? 1 : versions.Max(v => v.Number) + 1,
            Status = CatalogVersionStatus.Submitted,
            SubmittedBy = actors.Current.UserName,
            SubmittedUtc = clock.GetUtcNow().UtcDateTime,
            Snapshot = drafts,
        };
        var item = ContentSession.New(CatalogVersionContent.ContentType);
        CatalogVersionContent.Write(version, item);
        session.Create(item);
        audit.Record(session, new AuditRecord("catalog.submit", item.ContentItemId, $"目录第 {version.Number} 版"));
        return version with { ContentItemId = item.ContentItemId };
    }

    public async Task<CatalogVersion> ApproveAsync(ContentSession session, int number)
    {
        var version = await DecideAsync(session, number, CatalogVersionStatus.Approved, "");
        foreach (var type in new[] { DisclosureTypes.Domain, DisclosureTypes.CatalogEntry })
        {
            var drafts = await session.QueryAsync(new ContentQuery { ContentType = type, Version = VersionOptions.Draft, Take = AllItems });
            foreach (var draft in drafts.Items)
            {
                await session.PublishAsync(draft);
            }
        }

        audit.Record(session, new AuditRecord("catalog.approve", version.ContentItemId, $"目录第 {number} 版"));
        return version;
    }

    public async Task<CatalogVersion> ReturnAsync(ContentSession session, int number, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new UserInputException("退回目录时请写明理由，编辑据此修改。");
        }

        var version = await DecideAsync(session, number, CatalogVersionStatus.Returned, reason.Trim());
        audit.Record(session, new AuditRecord("catalog.return", version.ContentItemId, $"目录第 {number} 版", After: new { Reason = reason.Trim() }));
        return version;
    }

    private async Task<CatalogVersion> DecideAsync(ContentSession session, int number, CatalogVersionStatus decision, string note)
    {
        var version = await GetAsync(session, number);
        if (version.Status != CatalogVersionStatus.Submitted)
        {
            throw new UserInputException($"目录第 {number} 版已经审核过了（{(version.Status == CatalogVersionStatus.Approved ? "已通过" : "已退回")}）。");
        }

        var decided = version with
        {
            Status = decision,
            ReviewedBy = actors.Current.UserName,
            ReviewedUtc = clock.GetUtcNow().UtcDateTime,
            ReviewNote = note,
        };
        var item = await session.GetAsync(version.ContentItemId, VersionOptions.Latest)
            ?? throw new InvalidOperationException($"Catalog version {number} has no stored item.");
        CatalogVersionContent.Write(decided, item);
        session.Update(item);
        return decided;
    }
}
