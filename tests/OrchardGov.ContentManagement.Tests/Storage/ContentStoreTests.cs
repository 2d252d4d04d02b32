using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Indexes;
using OrchardGov.ContentManagement.Metadata;

namespace OrchardGov.ContentManagement.Tests.Storage;

/// <summary>The storage behaviour every provider must have; one subclass per provider runs it.</summary>
public abstract class ContentStoreTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : StoreFixture
{
    private const string ForeignItemJson = """
        {
          "ContentItemId": "4x8mbn2q9tgz0vsyprdhkw3c7e",
          "ContentItemVersionId": "4x8mbn2q9tgz0vsyprdhkw3c7f",
          "ContentType": "Survey",
          "DisplayText": "村民满意度调查",
          "Latest": true,
          "Published": true,
          "ModifiedUtc": "2024-03-01T08:30:15.1234567Z",
          "PublishedUtc": "2024-03-01T08:30:15.1234567Z",
          "CreatedUtc": "2024-02-28T02:00:00Z",
          "Owner": "4abc",
          "Author": "editor",
          "Survey": {
            "Questions": { "Values": ["道路", "饮水", "医疗"] },
            "Deadline": { "Value": "2024-04-01T00:00:00Z" },
            "Weight": { "Value": 1.50 },
            "Nothing": null
          },
          "MysteryPart": { "Nested": { "Deep": [1, { "x": true }, "é\u00e9"] }, "Empty": {} }
        }
        """;

    [SkippableFact]
    public async Task Parts_and_fields_the_host_does_not_know_come_back_unchanged()
    {
        var site = await NewSiteAsync();
        await using (var session = fixture.Store.OpenSession(site.Id))
        {
            await session.ImportAsync(ContentItemJson.Parse(ForeignItemJson));
            await session.CommitAsync();
        }

        await using var reader = fixture.Store.OpenSession(site.Id);
        var loaded = await reader.GetAsync("4x8mbn2q9tgz0vsyprdhkw3c7e");

        Assert.NotNull(loaded);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ForeignItemJson), JsonNode.Parse(ContentItemJson.Serialize(loaded))),
            ContentItemJson.Serialize(loaded));
        Assert.Equal(ContentItemJson.Serialize(ContentItemJson.Parse(ForeignItemJson)), ContentItemJson.Serialize(loaded));
    }

    [SkippableFact]
    public async Task A_draft_is_not_public_until_it_is_published()
    {
        var site = await NewSiteAsync();
        var item = ContentSession.New("Article");
        item.DisplayText = "关于春季防火的通知";
        await using (var session = fixture.Store.OpenSession(site.Id))
        {
            session.Create(item);
            await session.CommitAsync();
        }

        await using (var session = fixture.Store.OpenSession(site.Id))
        {
            Assert.Null(await session.GetAsync(item.ContentItemId));
            var draft = await session.GetAsync(item.ContentItemId, VersionOptions.Draft);
            Assert.NotNull(draft);
            await session.PublishAsync(draft);
            await session.CommitAsync();
        }

        await using var reader = fixture.Store.OpenSession(site.Id);
        var published = await reader.GetAsync(item.ContentItemId);
        Assert.NotNull(published);
        Assert.True(published.Published && published.Latest);
        Assert.NotNull(published.PublishedUtc);
        Assert.Null(await reader.GetAsync(item.ContentItemId, VersionOptions.Draft));
    }

    [SkippableFact]
    public async Task A_new_draft_of_a_published_item_leaves_the_published_version_live_until_it_is_published()
    {
        var site = await NewSiteAsync();
        var itemId = await CreatePublishedAsync(site.Id, "Article", "第一版");

        await using (var session = fixture.Store.OpenSession(site.Id))
        {
            var draft = await session.GetOrCreateDraftAsync(itemId);
            draft.DisplayText = "第二版";
            session.Update(draft);
            await session.CommitAsync();
        }

        await using (var session = fixture.Store.OpenSession(site.Id))
        {
            Assert.Equal("第一版", (await session.GetAsync(itemId))?.DisplayText);
            Assert.Equal("第二版", (await session.GetAsync(itemId, VersionOptions.Latest))?.DisplayText);
            Assert.Equal(2, (await session.GetVersionsAsync(itemId)).Count);
            await session.PublishAsync((await session.GetAsync(itemId, VersionOptions.Draft))!);
            await session.CommitAsync();
        }

        await using var reader = fixture.Store.OpenSession(site.Id);
        Assert.Equal("第二版", (await reader.GetAsync(itemId))?.DisplayText);
        var versions = await reader.GetVersionsAsync(itemId);
        Assert.Single(versions, v => v.Published);
        Assert.Single(versions, v => v.Latest);
    }

    [SkippableFact]
    public async Task Creating_an_item_with_the_id_of_an_existing_one_starts_a_new_item_and_leaves_the_old_one_alone()
    {
        var site = await NewSiteAsync();
        var existingId = await CreatePublishedAsync(site.Id, "Article", "原有文章");

        await using (var session = fixture.Store.OpenSession(site.Id))
        {
            var copy = ContentSession.New("Article");
            copy.ContentItemId = existingId;
            copy.DisplayText = "新文章";
            session.Create(copy, publish: true);
            await session.CommitAsync();
            Assert.NotEqual(existingId, copy.ContentItemId);
        }

        await using var reader = fixture.Store.OpenSession(site.Id);
        Assert.Equal("原有文章", (await reader.GetAsync(existingId))?.DisplayText);
        Assert.Single(await reader.GetVersionsAsync(existingId));
    }

    [SkippableFact]
    public async Task Unpublishing_takes_the_item_off_the_public_site_but_keeps_it_for_editors()
    {
        var site = await NewSiteAsync();
        var itemId = await CreatePublishedAsync(site.Id, "Article", "撤下的文章");

        await using (var session = fixture.Store.OpenSession(site.Id))
        {
            Assert.True(await session.UnpublishAsync(itemId));
            await session.CommitAsync();
        }

        await using var reader = fixture.Store.OpenSession(site.Id);
        Assert.Null(await reader.GetAsync(itemId));
        Assert.Equal("撤下的文章", (await reader.GetAsync(itemId, VersionOptions.Latest))?.DisplayText);
        Assert.Equal(0, (await reader.QueryAsync(new ContentQuery { ContentType = "Article" })).TotalCount);
    }

    [SkippableFact]
    public async Task A_removed_item_is_neither_public_nor_listed_for_editors()
    {
        var site = await NewSiteAsync();
        var itemId = await CreatePublishedAsync(site.Id, "Article", "删除的文章");

        await using (var session = fixture.Store.OpenSession(site.Id))
        {
            await session.RemoveAsync(itemId);
            await session.CommitAsync();
        }

        await using var reader = fixture.Store.OpenSession(site.Id);
        Assert.Null(await reader.GetAsync(itemId, VersionOptions.Latest));
        Assert.Equal(0, (await reader.QueryAsync(new ContentQuery { Version = VersionOptions.Latest })).TotalCount);
    }

    [SkippableFact]
    public async Task Queries_by_type_page_through_items_newest_first_with_the_total()
    {
        var site = await NewSiteAsync();
        await using (var session = fixture.Store.OpenSession(site.Id))
        {
            for (var i = 1; i <= 25; i++)
            {
                var item = ContentSession.New(i % 5 == 0 ? "Notice" : "Article");
                item.DisplayText = $"文章 {i:00}";
                session.Create(item, publish: true);
                await session.FlushAsync();
            }

            await session.CommitAsync();
        }

        await using var reader = fixture.Store.OpenSession(site.Id);
        var firstPage = await reader.QueryAsync(new ContentQuery { ContentType = "Article", Take = 8 });
        var lastPage = await reader.QueryAsync(new ContentQuery { ContentType = "Article", Skip = 16, Take = 8 });

        Assert.Equal(20, firstPage.TotalCount);
        Assert.Equal(8, firstPage.Items.Count);
        Assert.Equal("文章 24", firstPage.Items[0].DisplayText);
        Assert.Equal(["文章 03", "文章 02", "文章 01"], lastPage.Items.TakeLast(3).Select(i => i.DisplayText));
        Assert.All(firstPage.Items.Concat(lastPage.Items), i => Assert.Equal("Article", i.ContentType));
    }

    [SkippableFact]
    public async Task A_site_never_sees_or_changes_another_sites_content()
    {
        var mine = await NewSiteAsync();
        var theirs = await NewSiteAsync();
        var theirItemId = await CreatePublishedAsync(theirs.Id, "Book", "别人的书", isbn: "978-7-0000-0001-1");
        await using (var session = fixture.Store.OpenSession(theirs.Id))
        {
            await session.Definitions.AlterAsync(d => d.WithType(new ContentTypeDefinition { Name = "Book" }));
            await session.CommitAsync();
        }

        await using var reader = fixture.Store.OpenSession(mine.Id);
        Assert.Null(await reader.GetAsync(theirItemId, VersionOptions.Latest));
        Assert.Empty(await reader.GetVersionsAsync(theirItemId));
        Assert.Equal(0, (await reader.QueryAsync(new ContentQuery { Version = VersionOptions.Latest })).TotalCount);
        Assert.Empty(await reader.QueryIndexAsync<BookIndex>(b => b.Isbn == "978-7-0000-0001-1"));
        Assert.Empty((await reader.Definitions.GetAsync()).ContentTypes);

        await using var theirSession = fixture.Store.OpenSession(theirs.Id);
        var theirItem = (await theirSession.GetAsync(theirItemId))!;
        Assert.Throws<InvalidOperationException>(() => reader.Update(theirItem));
        await using var db = fixture.Contexts.Create(mine.Id);
        Assert.Equal(0, await db.Documents.CountAsync());
    }

    [SkippableFact]
    public async Task A_write_that_fails_half_way_leaves_nothing_behind()
    {
        var site = await NewSiteAsync();
        var before = await CountRowsAsync(site.Id);
        await using (var session = fixture.Store.OpenSession(site.Id))
        {
            await session.Definitions.AlterAsync(d => d.WithType(new ContentTypeDefinition { Name = "Book" }));
            foreach (var title in new[] { "第一本", "第二本", BookIndexProvider.FailureTrigger, "第四本" })
            {
                var item = ContentSession.New("Book");
                item.DisplayText = title;
                session.Create(item, publish: true);
            }

            await Assert.ThrowsAsync<InvalidOperationException>(session.CommitAsync);
        }

        Assert.Equal(before, await CountRowsAsync(site.Id));
        await using var reader = fixture.Store.OpenSession(site.Id);
        Assert.Empty((await reader.Definitions.GetAsync()).ContentTypes);
    }

    [SkippableFact]
    public async Task A_modules_index_table_follows_the_latest_version()
    {
        var site = await NewSiteAsync();
        var itemId = await CreatePublishedAsync(site.Id, "Book", "乡村振兴读本", isbn: "978-7-1111-2222-3");

        await using (var session = fixture.Store.OpenSession(site.Id))
        {
            var found = Assert.Single(await session.QueryIndexAsync<BookIndex>(b => b.Isbn == "978-7-1111-2222-3" && b.Published));
            Assert.Equal(itemId, found.ContentItemId);
            var draft = await session.GetOrCreateDraftAsync(itemId);
            draft.GetOrAddPart("Book")["Isbn"] = new JsonObject { ["Text"] = "978-7-1111-2222-4" };
            session.Update(draft);
            await session.CommitAsync();
        }

        await using var reader = fixture.Store.OpenSession(site.Id);
        Assert.Empty(await reader.QueryIndexAsync<BookIndex>(b => b.Isbn == "978-7-1111-2222-3"));
        var latest = Assert.Single(await reader.QueryIndexAsync<BookIndex>(b => b.Isbn == "978-7-1111-2222-4"));
        Assert.False(latest.Published);
    }

    [SkippableFact]
    public async Task Importing_the_same_version_twice_changes_nothing_and_a_changed_one_updates_it()
    {
        var site = await NewSiteAsync();
        await using var session = fixture.Store.OpenSession(site.Id);

        Assert.Equal(ImportOutcome.Created, await session.ImportAsync(ContentItemJson.Parse(ForeignItemJson)));
        Assert.Equal(ImportOutcome.Unchanged, await session.ImportAsync(ContentItemJson.Parse(ForeignItemJson)));
        var changed = ContentItemJson.Parse(ForeignItemJson);
        changed.DisplayText = "村民满意度调查（修订）";
        Assert.Equal(ImportOutcome.Updated, await session.ImportAsync(changed));
        await session.CommitAsync();

        Assert.Equal("村民满意度调查（修订）", (await session.GetAsync(changed.ContentItemId))?.DisplayText);
        Assert.Single(await session.GetVersionsAsync(changed.ContentItemId));
    }

    [SkippableFact]
    public async Task Content_definitions_are_kept_per_site_in_Orchard_Core_record_shape()
    {
        var site = await NewSiteAsync();
        var type = new ContentTypeDefinition
        {
            Name = "Notice",
            DisplayName = "通知公告",
            Settings = new ContentTypeSettings(true, true, true, false, false, null).ApplyTo([]),
            ContentTypePartDefinitionRecords =
            [
                new ContentTypePartDefinition { PartName = "TitlePart", Name = "TitlePart", Settings = new JsonObject { ["ContentTypePartSettings"] = new JsonObject { ["Position"] = "1" } } },
                new ContentTypePartDefinition { PartName = "Notice", Name = "Notice", Settings = new JsonObject { ["ContentTypePartSettings"] = new JsonObject { ["Position"] = "0" } } },
            ],
        };
        var part = new ContentPartDefinition
        {
            Name = "Notice",
            ContentPartFieldDefinitionRecords =
            [
                new ContentPartFieldDefinition { FieldName = ContentFieldKinds.Date, Name = "ValidUntil", Settings = new JsonObject { ["DateFieldSettings"] = new JsonObject { ["Required"] = true } } },
            ],
        };
        await using (var session = fixture.Store.OpenSession(site.Id))
        {
            await session.Definitions.AlterAsync(d => d.WithType(type).WithPart(part));
            await session.CommitAsync();
        }

        await using var reader = fixture.Store.OpenSession(site.Id);
        var definition = await reader.Definitions.GetAsync();
        var notice = definition.Type("notice");
        Assert.NotNull(notice);
        Assert.Equal("通知公告", notice.DisplayName);
        Assert.Equal(new ContentTypeSettings(true, true, true, false, false, null), notice.TypeSettings);
        Assert.Equal(["Notice", "TitlePart"], notice.PartsInOrder.Select(p => p.Name));
        var field = Assert.Single(definition.Part("Notice")!.ContentPartFieldDefinitionRecords);
        Assert.Equal("DateField", field.FieldName);
        Assert.True(field.Settings["DateFieldSettings"]!["Required"]!.GetValue<bool>());
    }

    [SkippableFact]
    public async Task The_core_model_has_no_changes_missing_from_the_migrations()
    {
        SkipIfUnavailable();
        await using var db = fixture.Contexts.CreateForMigrations();
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [SkippableFact]
    public async Task Two_editors_opening_a_draft_of_the_same_item_at_once_the_second_save_is_refused_and_one_draft_remains()
    {
        var site = await NewSiteAsync();
        var id = await CreatePublishedAsync(site.Id, "Article", "关于秋季征兵的通告");
        await using var first = fixture.Store.OpenSession(site.Id);
        await using var second = fixture.Store.OpenSession(site.Id);
        var firstDraft = await first.GetOrCreateDraftAsync(id);
        var secondDraft = await second.GetOrCreateDraftAsync(id);
        firstDraft.DisplayText = "关于秋季征兵的通告（修订）";
        secondDraft.DisplayText = "关于秋季征兵的通告（另一修订）";
        first.Update(firstDraft);
        second.Update(secondDraft);

        await first.CommitAsync();
        var conflict = await Assert.ThrowsAsync<ContentConflictException>(second.CommitAsync);

        Assert.Contains("was not saved", conflict.Message);
        await using var reader = fixture.Store.OpenSession(site.Id);
        var versions = await reader.GetVersionsAsync(id);
        Assert.Single(versions, v => v.Latest);
        Assert.Single(versions, v => v.Published);
        Assert.Equal("关于秋季征兵的通告（修订）", (await reader.GetAsync(id, VersionOptions.Latest))!.DisplayText);
    }

    [SkippableFact]
    public async Task Two_sessions_creating_a_sites_single_document_at_once_keep_one()
    {
        var site = await NewSiteAsync();
        await using var first = fixture.Store.OpenSession(site.Id);
        await using var second = fixture.Store.OpenSession(site.Id);
        Assert.Null(await first.Documents.GetAsync("Settings"));
        Assert.Null(await second.Documents.GetAsync("Settings"));
        await first.Documents.SaveAsync("Settings", """{"SiteName":"城中街道"}""");
        await second.Documents.SaveAsync("Settings", """{"SiteName":"城北街道"}""");

        await first.CommitAsync();
        await Assert.ThrowsAsync<ContentConflictException>(second.CommitAsync);

        await using var reader = fixture.Store.OpenSession(site.Id);
        Assert.Equal("""{"SiteName":"城中街道"}""", await reader.Documents.GetAsync("Settings"));
    }

    private async Task<ContentManagement.Sites.Site> NewSiteAsync()
    {
        SkipIfUnavailable();
        return await fixture.NewSiteAsync();
    }

    private void SkipIfUnavailable() => Skip.If(fixture.Unavailable is not null, fixture.Unavailable);

    private async Task<string> CreatePublishedAsync(int siteId, string type, string title, string? isbn = null)
    {
        await using var session = fixture.Store.OpenSession(siteId);
        var item = ContentSession.New(type);
        item.DisplayText = title;
        if (isbn is not null)
        {
            item.GetOrAddPart("Book")["Isbn"] = new JsonObject { ["Text"] = isbn };
        }

        session.Create(item, publish: true);
        await session.CommitAsync();
        return item.ContentItemId;
    }

    private async Task<(int Documents, int Index, int Books)> CountRowsAsync(int siteId)
    {
        await using var db = fixture.Contexts.Create(siteId);
        return (await db.Documents.CountAsync(), await db.Set<ContentItemIndex>().CountAsync(), await db.Set<BookIndex>().CountAsync());
    }
}

public sealed class SqliteContentStoreTests(SqliteStoreFixture fixture) : ContentStoreTests<SqliteStoreFixture>(fixture);

public sealed class PostgresContentStoreTests(PostgresStoreFixture fixture) : ContentStoreTests<PostgresStoreFixture>(fixture);
