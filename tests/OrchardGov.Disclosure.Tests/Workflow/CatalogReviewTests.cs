using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Editing;
using OrchardGov.Disclosure.Services.Review;

namespace OrchardGov.Disclosure.Tests.Workflow;

/// <summary>A township edits its catalog, submits it, the level above returns it and then approves it.</summary>
public abstract class CatalogReviewTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : DisclosureFixture
{
    private CatalogEditor Editor => fixture.Services.GetRequiredService<CatalogEditor>();
    private CatalogReview Review => fixture.Services.GetRequiredService<CatalogReview>();

    [SkippableFact]
    public async Task Edits_stay_drafts_until_the_level_above_approves_them_and_every_version_is_kept()
    {
        fixture.SkipIfUnavailable();
        var site = (await fixture.Scaffolder.ScaffoldAsync("431227101", "township")).Site;
        var entry = (await fixture.CatalogAsync(site)).Entries.First(e => e.Domain == "health");

        await EditAsync(site, entry with { TimeLimit = "自信息形成之日起10个工作日内" });
        Assert.Equal(entry.TimeLimit, Find(await fixture.CatalogAsync(site), entry).TimeLimit);
        await WorkAsync(site, session => Review.SubmitAsync(session));
        var refused = await Assert.ThrowsAsync<UserInputException>(() => EditAsync(site, entry with { Elements = "改" }));
        Assert.Contains("已提交上级审核", refused.Message);

        await WorkAsync(site, session => Review.ReturnAsync(session, 1, "公开时限应与法规一致。"));
        await EditAsync(site, entry with { TimeLimit = "自信息形成或者变更之日起15个工作日内" });
        await WorkAsync(site, session => Review.SubmitAsync(session));
        await WorkAsync(site, session => Review.ApproveAsync(session, 2));

        Assert.Equal("自信息形成或者变更之日起15个工作日内", Find(await fixture.CatalogAsync(site), entry).TimeLimit);
        await using var reading = fixture.Store.OpenSession(site.Id);
        var versions = await Review.VersionsAsync(reading);
        Assert.Equal([(2, CatalogVersionStatus.Approved), (1, CatalogVersionStatus.Returned)], versions.Select(v => (v.Number, v.Status)));
        Assert.Equal("公开时限应与法规一致。", versions[1].ReviewNote);
        var change = Assert.Single(CatalogComparison.Compare(versions[1].Snapshot, versions[0].Snapshot).Changed);
        Assert.Equal(("公开时限", "自信息形成之日起10个工作日内", "自信息形成或者变更之日起15个工作日内"),
            change.Changes.Select(c => (c.Field, c.Before, c.After)).Single());
    }

    [SkippableFact]
    public async Task A_catalog_without_changes_cannot_be_submitted_and_a_return_needs_a_reason()
    {
        fixture.SkipIfUnavailable();
        var site = (await fixture.Scaffolder.ScaffoldAsync("431227103", "township")).Site;

        var unchanged = await Assert.ThrowsAsync<UserInputException>(() => WorkAsync(site, session => Review.SubmitAsync(session)));
        Assert.Contains("没有需要审核的修改", unchanged.Message);

        var entry = (await fixture.CatalogAsync(site)).Entries[0];
        await EditAsync(site, entry with { ResponsibleUnit = "党政综合办公室" });
        await WorkAsync(site, session => Review.SubmitAsync(session));
        var noReason = await Assert.ThrowsAsync<UserInputException>(() => WorkAsync(site, session => Review.ReturnAsync(session, 1, " ")));
        Assert.Contains("理由", noReason.Message);
    }

    [SkippableFact]
    public async Task A_local_proactive_entry_gets_a_column_under_its_domain_and_a_duplicate_is_refused()
    {
        fixture.SkipIfUnavailable();
        var site = (await fixture.Scaffolder.ScaffoldAsync("431227104", "township")).Site;
        var local = new CatalogEntry
        {
            Domain = "tourism", Category = "乡村旅游", Item = "乡村旅游重点村名录", Elements = "名录、简介", TimeLimit = "自信息形成之日起20个工作日内",
            Method = DisclosureMethod.Proactive, Channels = ["政府网站"],
        };

        var saved = await WorkAsync(site, session => Editor.SaveEntryAsync(session, local));
        var duplicate = await Assert.ThrowsAsync<UserInputException>(() => WorkAsync(site, session => Editor.SaveEntryAsync(session, local)));

        Assert.Contains("已有相同的事项", duplicate.Message);
        var drafts = await fixture.CatalogAsync(site, VersionOptions.Latest);
        var column = drafts.Columns.Find(saved.ColumnId)!;
        Assert.Equal("乡村旅游重点村名录", column.Title);
        Assert.Equal(drafts.Domains.Single(d => d.Key == "tourism").ColumnId, column.ParentId);
        Assert.DoesNotContain((await fixture.CatalogAsync(site)).Entries, e => e.Item == local.Item);
    }

    private static CatalogEntry Find(OrchardGov.Disclosure.Services.SiteCatalog catalog, CatalogEntry entry) => catalog.Entries.Single(e => e.ContentItemId == entry.ContentItemId);

    private Task EditAsync(Site site, CatalogEntry entry) => WorkAsync(site, session => Editor.SaveEntryAsync(session, entry));

    private async Task<T> WorkAsync<T>(Site site, Func<ContentManagement.Contents.ContentSession, Task<T>> work)
    {
        await using var session = fixture.Store.OpenSession(site.Id);
        var result = await work(session);
        await session.CommitAsync();
        return result;
    }
}

public sealed class SqliteCatalogReviewTests(SqliteDisclosureFixture fixture) : CatalogReviewTests<SqliteDisclosureFixture>(fixture);

public sealed class PostgresCatalogReviewTests(PostgresDisclosureFixture fixture) : CatalogReviewTests<PostgresDisclosureFixture>(fixture);
