using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Metadata;

namespace OrchardGov.Recipes.Tests.Export;

/// <summary>Exporting a site and running the export on an empty site gives the same definitions, settings and items.</summary>
public abstract class ExportRoundTripTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : RecipeFixture
{
    [SkippableFact]
    public async Task An_exported_site_imports_into_an_empty_site_without_losing_anything()
    {
        var source = await fixture.NewSiteAsync();
        await FillAsync(source.Id);
        var file = Path.Combine(RecipeFiles.Folder(fixture), "export.recipe.json");
        await File.WriteAllTextAsync(file, (await fixture.Exporter.ExportAsync(source)).ToJsonString());

        var target = await fixture.NewSiteAsync();
        var report = await fixture.RunAsync(file, target);

        Assert.Empty(report.Skipped);
        Assert.Equal(await DescribeAsync(source.Id), await DescribeAsync(target.Id));
        var again = (await fixture.Exporter.ExportAsync(target))["steps"]!.ToJsonString();
        Assert.Equal((await fixture.Exporter.ExportAsync(source))["steps"]!.ToJsonString(), again);
    }

    private async Task FillAsync(int siteId)
    {
        await using var session = fixture.Store.OpenSession(siteId);
        await session.Definitions.SaveAsync(new ContentDefinition()
            .WithType(new ContentTypeDefinition
            {
                Name = "Notice",
                DisplayName = "通知公告",
                Settings = new ContentTypeSettings(true, true, true, true, false, null).ApplyTo([]),
                ContentTypePartDefinitionRecords = [new ContentTypePartDefinition { PartName = "TitlePart", Name = "TitlePart" },
                    new ContentTypePartDefinition { PartName = "Notice", Name = "Notice", Settings = new JsonObject { ["ContentTypePartSettings"] = new JsonObject { ["Position"] = "1" } } }],
            })
            .WithPart(new ContentPartDefinition
            {
                Name = "Notice",
                ContentPartFieldDefinitionRecords = [new ContentPartFieldDefinition { FieldName = ContentFieldKinds.Date, Name = "ValidUntil" },
                    new ContentPartFieldDefinition { FieldName = "UserPickerField", Name = "Reviewer", Settings = new JsonObject { ["Multiple"] = false } }],
            }));
        await session.Documents.SaveObjectAsync("SiteSettings", new JsonObject { ["SiteName"] = "城中街道", ["PageSize"] = 20 });

        var live = Notice("已发布并有草稿的通知");
        session.Create(live, publish: true);
        session.Create(Notice("只有草稿的通知"));
        var withdrawn = Notice("已撤下的通知");
        session.Create(withdrawn, publish: true);
        await session.FlushAsync();
        var draft = await session.GetOrCreateDraftAsync(live.ContentItemId);
        draft.DisplayText = "已发布并有草稿的通知（修改稿）";
        session.Update(draft);
        await session.UnpublishAsync(withdrawn.ContentItemId);
        await session.CommitAsync();
    }

    private static ContentItem Notice(string title)
    {
        var item = ContentSession.New("Notice");
        item.DisplayText = title;
        item.GetOrAddPart("TitlePart")["Title"] = title;
        item.GetOrAddPart("Notice")["ValidUntil"] = new JsonObject { ["Value"] = "2026-12-31T00:00:00Z" };
        item.GetOrAddPart("SomeModulesPart")["Nested"] = new JsonArray(1, "二", new JsonObject { ["三"] = true });
        return item;
    }

    private async Task<string> DescribeAsync(int siteId)
    {
        await using var session = fixture.Store.OpenSession(siteId);
        var definition = JsonSerializer.Serialize(await session.Definitions.GetAsync(), ContentItemJson.Options);
        var settings = (await session.Documents.GetObjectAsync("SiteSettings")).ToJsonString();
        var versions = new List<string>();
        foreach (var version in new[] { VersionOptions.Published, VersionOptions.Latest })
        {
            var page = await session.QueryAsync(new ContentQuery { Version = version, Take = 100 });
            versions.AddRange(page.Items.Select(ContentItemJson.Serialize));
        }

        return string.Join("\n", [definition, settings, .. versions.Distinct().Order(StringComparer.Ordinal)]);
    }
}

public sealed class SqliteExportRoundTripTests(SqliteRecipeFixture fixture) : ExportRoundTripTests<SqliteRecipeFixture>(fixture);

public sealed class PostgresExportRoundTripTests(PostgresRecipeFixture fixture) : ExportRoundTripTests<PostgresRecipeFixture>(fixture);
