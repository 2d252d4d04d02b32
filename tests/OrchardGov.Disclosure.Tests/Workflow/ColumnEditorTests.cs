using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Editing;

namespace OrchardGov.Disclosure.Tests.Workflow;

public sealed class ColumnEditorTests(SqliteDisclosureFixture fixture) : IClassFixture<SqliteDisclosureFixture>
{
    private ColumnEditor Editor => fixture.Services.GetRequiredService<ColumnEditor>();

    [Fact]
    public async Task A_column_serving_a_catalog_entry_cannot_be_removed_until_the_entry_is_rebound()
    {
        var site = (await fixture.Scaffolder.ScaffoldAsync("431227105", "township")).Site;
        var catalog = await fixture.CatalogAsync(site);
        var entry = catalog.Entries.First(e => e.IsProactive);

        await using var session = fixture.Store.OpenSession(site.Id);
        var refused = await Assert.ThrowsAsync<UserInputException>(() => Editor.RemoveAsync(session, entry.ColumnId!));

        Assert.Contains($"对应公开事项“{entry.Category} / {entry.Item}”", refused.Message);
        Assert.NotNull((await fixture.CatalogAsync(site)).Columns.Find(entry.ColumnId));
    }

    [Fact]
    public async Task Columns_are_added_renamed_hidden_moved_and_removed_on_the_public_site_at_once()
    {
        var site = (await fixture.Scaffolder.ScaffoldAsync("431227106", "township")).Site;
        var root = (await fixture.CatalogAsync(site)).Columns.Roots.First();
        Column added;
        await using (var session = fixture.Store.OpenSession(site.Id))
        {
            added = await Editor.AddAsync(session, new Column { Title = "乡村振兴", Slug = "rural", ParentId = root.ContentItemId, Kind = ColumnKind.List });
            await session.CommitAsync();
        }

        await using (var session = fixture.Store.OpenSession(site.Id))
        {
            await Editor.RenameAsync(session, added.ContentItemId, "乡村振兴专栏");
            await Editor.SetHiddenAsync(session, added.ContentItemId, true);
            await session.CommitAsync();
        }

        var tree = (await fixture.CatalogAsync(site)).Columns;
        Assert.Equal("乡村振兴专栏", tree.Find(added.ContentItemId)!.Title);
        Assert.True(tree.IsHidden(added.ContentItemId));

        await using (var session = fixture.Store.OpenSession(site.Id))
        {
            var intoItself = await Assert.ThrowsAsync<UserInputException>(() => Editor.MoveAsync(session, root.ContentItemId, added.ContentItemId));
            Assert.Contains("不能把栏目移到它自己或它的下级栏目之下", intoItself.Message);
            await Editor.RemoveAsync(session, added.ContentItemId);
            await session.CommitAsync();
        }

        Assert.Null((await fixture.CatalogAsync(site, VersionOptions.Latest)).Columns.Find(added.ContentItemId));
    }

    [Fact]
    public async Task A_second_column_with_the_same_address_under_one_parent_is_refused()
    {
        var site = (await fixture.Scaffolder.ScaffoldAsync("431227107", "township")).Site;
        var first = (await fixture.CatalogAsync(site)).Columns.Roots.First();
        var sibling = (await fixture.CatalogAsync(site)).Columns.Roots.Skip(1).First();

        await using var session = fixture.Store.OpenSession(site.Id);
        var refused = await Assert.ThrowsAsync<UserInputException>(() =>
            Editor.AddAsync(session, new Column { Title = "重名", Slug = sibling.Slug, ParentId = first.ParentId, Kind = ColumnKind.List }));

        Assert.Contains($"已有地址为“{sibling.Slug}”的栏目", refused.Message);
    }
}
