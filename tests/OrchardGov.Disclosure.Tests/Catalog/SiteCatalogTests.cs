using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services;
using OrchardGov.Recipes.Execution;
using OrchardGov.Recipes.Export;
using OrchardGov.Recipes.Parsing;
using OrchardGov.Recipes.Scaffolding;

namespace OrchardGov.Disclosure.Tests.Catalog;

/// <summary>What a scaffolded township's catalog does: 未涉及 domains, export and re-import, sanitized bodies.</summary>
public abstract class SiteCatalogTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : DisclosureFixture
{
    [SkippableFact]
    public async Task A_domain_marked_not_applicable_hides_its_columns_and_shows_its_note_and_can_be_restored()
    {
        fixture.SkipIfUnavailable();
        var site = (await fixture.Scaffolder.ScaffoldAsync("431225100", "township")).Site;
        var notes = fixture.Services.GetRequiredService<NotApplicableDomains>();
        const string reason = "本镇无出版物零售单位，新闻出版领域事项由县文化旅游广电体育局负责公开。";

        await using (var session = fixture.Store.OpenSession(site.Id))
        {
            await notes.MarkAsync(session, "press", reason);
            await session.CommitAsync();
        }

        var catalog = await fixture.CatalogAsync(site);
        var press = catalog.Domains.Single(d => d.Key == "press");
        Assert.Equal(reason, press.NotApplicableReason);
        Assert.True(catalog.Columns.IsHidden(press.ColumnId!));
        Assert.All(catalog.EntriesOf("press").Where(e => e.IsProactive), e => Assert.True(catalog.Columns.IsHidden(e.ColumnId!)));
        Assert.All(catalog.EntriesOf("health").Where(e => e.IsProactive), e => Assert.False(catalog.Columns.IsHidden(e.ColumnId!)));

        await using (var session = fixture.Store.OpenSession(site.Id))
        {
            await notes.MarkAsync(session, "press", null);
            await session.CommitAsync();
        }

        Assert.False((await fixture.CatalogAsync(site)).Columns.IsHidden(press.ColumnId!));
    }

    [SkippableFact]
    public async Task Marking_a_domain_without_a_reason_or_an_unknown_domain_is_refused()
    {
        fixture.SkipIfUnavailable();
        var site = (await fixture.Scaffolder.ScaffoldAsync("431225101", "township")).Site;
        var notes = fixture.Services.GetRequiredService<NotApplicableDomains>();
        await using var session = fixture.Store.OpenSession(site.Id);

        Assert.Contains("needs a reason", (await Assert.ThrowsAsync<OrchardGov.ContentManagement.UserInputException>(() => notes.MarkAsync(session, "press", " "))).Message);
        Assert.Contains("no domain 'sports'", (await Assert.ThrowsAsync<OrchardGov.ContentManagement.UserInputException>(() => notes.MarkAsync(session, "sports", "无"))).Message);
    }

    [SkippableFact]
    public async Task A_scaffolded_township_exported_as_a_recipe_imports_into_an_empty_site_item_for_item()
    {
        fixture.SkipIfUnavailable();
        var source = (await fixture.Scaffolder.ScaffoldAsync("431225102", "township")).Site;
        var recipe = await fixture.Services.GetRequiredService<RecipeExporter>().ExportAsync(source);
        var file = Path.Combine(fixture.Scratch, "431225102.recipe.json");
        await File.WriteAllTextAsync(file, recipe.ToJsonString());
        var target = await fixture.Sites.CreateAsync(new SiteCreation("exported-township", "导入测试镇", Level: SiteLevel.Township));

        await fixture.Services.GetRequiredService<RecipeExecutor>().RunAsync(await fixture.Services.GetRequiredService<RecipeReader>().ReadAsync(file), target);

        Assert.Equal(await AllItemsAsync(source), await AllItemsAsync(target));
        var catalog = await fixture.CatalogAsync(target);
        Assert.Equal((await fixture.CatalogAsync(source)).Entries.Count, catalog.Entries.Count);
    }

    [SkippableFact]
    public async Task Scripts_event_handlers_and_javascript_links_never_reach_the_stored_article()
    {
        fixture.SkipIfUnavailable();
        var site = (await fixture.Scaffolder.ScaffoldAsync("431225103", "township")).Site;
        await using var session = fixture.Store.OpenSession(site.Id);
        var article = ArticleContent.ToContentItem(new Article
        {
            Title = "关于开展预防接种的通知",
            Body = "<p onclick=\"steal()\">请按时接种<script>alert(1)</script></p><img src=\"x.png\" onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">详情</a>",
            ColumnId = StandardColumns.CatalogRootId,
        });
        session.Create(article, publish: true);
        await session.CommitAsync();

        await using var reader = fixture.Store.OpenSession(site.Id);
        var stored = ArticleContent.Read((await reader.GetAsync(article.ContentItemId))!);
        Assert.Contains("请按时接种", stored.Body);
        Assert.DoesNotContain("script", stored.Body);
        Assert.DoesNotContain("onerror", stored.Body);
        Assert.DoesNotContain("onclick", stored.Body);
        Assert.DoesNotContain("javascript:", stored.Body);
    }

    [SkippableFact]
    public async Task A_recipe_can_add_a_domain_of_its_own_with_entries_and_columns()
    {
        fixture.SkipIfUnavailable();
        var site = (await fixture.Scaffolder.ScaffoldAsync("431225104", "township")).Site;
        var domain = new Domain { ContentItemId = StableIds.Domain("rural-revitalization"), Key = "rural-revitalization", Name = "乡村振兴", Order = 8 };
        var entry = new CatalogEntry
        {
            Domain = domain.Key, Category = "政策文件", Item = "衔接资金项目", Elements = "项目名称、资金规模、实施地点", LegalBasis = "《中华人民共和国乡村振兴促进法》",
            TimeLimit = "自信息形成或者变更之日起20个工作日内", ResponsibleBody = "乡镇人民政府", Channels = ["政府网站"], Levels = [DisclosureLevel.Township],
            ResponsibleUnit = "乡村振兴办", ResponsiblePerson = "乡村振兴办负责人", Source = "本镇", Order = 1,
        };
        var plan = CatalogColumnPlanner.Plan(domain, [entry], StandardColumns.All);
        var items = new[] { DomainContent.ToContentItem(plan.Domain) }.Concat(plan.AddedColumns.Select(ColumnContent.ToContentItem))
            .Concat(plan.Entries.Select(CatalogEntryContent.ToContentItem)).Select(item =>
            {
                item.ContentItemVersionId = StableIds.RecipeVersion(item.ContentItemId);
                item.Latest = item.Published = true;
                return JsonNode.Parse(ContentItemJson.Serialize(item));
            });
        var file = Path.Combine(fixture.Scratch, "rural.recipe.json");
        await File.WriteAllTextAsync(file, new JsonObject
        {
            ["name"] = "rural", ["steps"] = new JsonArray(new JsonObject { ["name"] = "content", ["data"] = new JsonArray(items.ToArray()) }),
        }.ToJsonString());

        await fixture.Services.GetRequiredService<RecipeExecutor>().RunAsync(await fixture.Services.GetRequiredService<RecipeReader>().ReadAsync(file), site);

        var catalog = await fixture.CatalogAsync(site);
        Assert.Equal("乡村振兴", catalog.Domains.Last().Name);
        var added = Assert.Single(catalog.EntriesOf("rural-revitalization"));
        Assert.Equal("政府信息公开 > 政务公开事项标准目录 > 乡村振兴 > 政策文件 > 衔接资金项目", catalog.Columns.PathOf(added.ColumnId!));
    }

    private async Task<IReadOnlyList<string>> AllItemsAsync(Site site)
    {
        await using var session = fixture.Store.OpenSession(site.Id);
        var page = await session.QueryAsync(new ContentQuery { Version = VersionOptions.Latest, Take = 100_000 });
        return page.Items.Select(item =>
        {
            var json = JsonNode.Parse(ContentItemJson.Serialize(item))!.AsObject();
            return json.ToJsonString();
        }).Order(StringComparer.Ordinal).ToList();
    }
}

public sealed class SqliteSiteCatalogTests(SqliteDisclosureFixture fixture) : SiteCatalogTests<SqliteDisclosureFixture>(fixture);

public sealed class PostgresSiteCatalogTests(PostgresDisclosureFixture fixture) : SiteCatalogTests<PostgresDisclosureFixture>(fixture);
