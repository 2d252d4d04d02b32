using Microsoft.Extensions.DependencyInjection;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Editing;
using OrchardGov.Disclosure.Services.Search;

namespace OrchardGov.Disclosure.Tests.Services.Search;

/// <summary>The index follows publishing on every node, survives a crash, and takes any input without an error.</summary>
public abstract class SearchIndexTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : DisclosureFixture
{
    private readonly SearchSites _sites = new(fixture);

    [SkippableFact]
    public async Task Published_edited_unpublished_and_removed_articles_show_and_go_at_the_next_query()
    {
        fixture.SkipIfUnavailable();
        var site = await _sites.TownshipAsync(0);
        var place = SearchSites.PlaceOf(await fixture.CatalogAsync(site), "transport");
        var id = await _sites.PublishAsync(site, SearchSites.Article("", "2026年通组道路硬化计划", "全镇计划硬化通组道路12公里。", place) with { ContentItemId = "" });

        var found = await _sites.ArticlesAsync(site, "道路硬化");
        Assert.Equal(id, Assert.Single(found.Hits).ContentItemId);
        Assert.Equal("2026年通组<mark>道路</mark><mark>硬化</mark>计划", found.Hits[0].TitleHtml);

        await using (var session = fixture.Store.OpenSession(site.Id))
        {
            var draft = ArticleContent.Read(await ArticleEditor.LatestAsync(session, id));
            await fixture.Services.GetRequiredService<ArticleEditor>().SaveDraftAsync(session, draft with { Title = "2026年农村桥梁改造计划", Body = "<p>改造危桥3座。</p>" });
            await fixture.Services.GetRequiredService<ArticlePublisher>().PublishAsync(session, id);
            await session.CommitAsync();
        }

        Assert.Empty((await _sites.ArticlesAtOnceAsync(site, "道路硬化")).Hits);
        Assert.Equal(id, Assert.Single((await _sites.ArticlesAtOnceAsync(site, "桥梁改造")).Hits).ContentItemId);

        await using (var session = fixture.Store.OpenSession(site.Id))
        {
            await fixture.Services.GetRequiredService<ArticlePublisher>().UnpublishAsync(session, id);
            await session.CommitAsync();
        }

        Assert.Empty((await _sites.ArticlesAtOnceAsync(site, "桥梁改造")).Hits);

        var removed = await _sites.PublishAsync(site, SearchSites.Article("", "村级活动场所维修公告", "维修村级活动场所。", place) with { ContentItemId = "" });
        Assert.Single((await _sites.ArticlesAtOnceAsync(site, "活动场所维修")).Hits);
        await using (var session = fixture.Store.OpenSession(site.Id))
        {
            await session.RemoveAsync(removed);
            await session.CommitAsync();
        }

        Assert.Empty((await _sites.ArticlesAtOnceAsync(site, "活动场所维修")).Hits);
    }

    [SkippableFact]
    public async Task Articles_of_a_hidden_column_are_not_found_until_it_is_shown_again()
    {
        fixture.SkipIfUnavailable();
        var site = await _sites.TownshipAsync(1);
        var catalog = await fixture.CatalogAsync(site);
        var place = SearchSites.PlaceOf(catalog, "health");
        await _sites.ImportAsync(site, [SearchSites.Article("hidden-1", "家庭医生签约服务公告", "签约服务覆盖全体居民。", place)]);
        Assert.Single((await _sites.ArticlesAsync(site, "家庭医生")).Hits);

        var column = catalog.Columns.Find(place.ColumnId)!;
        await SetHiddenAsync(site.Id, column, hidden: true);
        Assert.Empty((await _sites.ArticlesAsync(site, "家庭医生")).Hits);

        await SetHiddenAsync(site.Id, column, hidden: false);
        Assert.Single((await _sites.ArticlesAsync(site, "家庭医生")).Hits);
    }

    [SkippableTheory]
    [InlineData("\"医保")]
    [InlineData("医保*")]
    [InlineData("title:医保")]
    [InlineData("(医保")]
    [InlineData("医保~")]
    [InlineData("-")]
    [InlineData("AND OR NOT")]
    [InlineData("\\")]
    [InlineData("   ")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Query_syntax_characters_are_plain_text(string? text)
    {
        fixture.SkipIfUnavailable();
        var site = await _sites.TownshipAsync(2);

        var results = await _sites.SearchAsync(site, text);

        Assert.True(results.Text.IsEmpty || results.Hits.All(h => h.SiteId == site.Id));
    }

    [SkippableFact]
    public async Task A_ten_thousand_character_query_is_cut_and_answered()
    {
        fixture.SkipIfUnavailable();
        var site = await _sites.TownshipAsync(2);
        var place = SearchSites.PlaceOf(await fixture.CatalogAsync(site), "statistics");
        await _sites.ImportAsync(site, [SearchSites.Article("long-1", "统计公报", "年度统计公报。", place)]);

        var results = await _sites.SearchAsync(site, "统计公报 " + new string('医', 10_000));

        Assert.True(results.Text.Cut);
        Assert.Equal(SearchText.MaxLength, results.Text.Text.Length);
    }

    [SkippableFact]
    public async Task A_document_number_typed_with_other_brackets_finds_its_document_first()
    {
        fixture.SkipIfUnavailable();
        var site = await _sites.TownshipAsync(3);
        var place = SearchSites.PlaceOf(await fixture.CatalogAsync(site), "natural-resources");
        await _sites.ImportAsync(site,
        [
            SearchSites.Article("doc-1", "关于印发地质灾害防治方案的通知", "各村：现将方案印发给你们。", place, documentNumber: "城中街办发〔2026〕12号"),
            SearchSites.Article("doc-2", "城中街办发2026年12号文件解读", "本文解读城中街办发〔2026〕12号文件：城中街办发。", place),
        ]);

        var results = await _sites.SearchAsync(site, "城中街办发[2026]12号");

        Assert.Equal("doc-1", results.Hits[0].ContentItemId);
        Assert.True(results.Hits[0].Exact);
        Assert.Equal("城中街办发〔2026〕12号", results.Hits[0].DocumentNumber);
    }

    [SkippableFact]
    public async Task Eleven_documents_with_one_document_number_fill_the_first_page_and_the_eleventh_is_on_the_second()
    {
        fixture.SkipIfUnavailable();
        var site = await _sites.TownshipAsync(10);
        var place = SearchSites.PlaceOf(await fixture.CatalogAsync(site), "transport");
        await _sites.ImportAsync(site, Enumerable.Range(1, 11).Select(i =>
            SearchSites.Article($"same-{i}", $"转发鹤政发〔2025〕7号文件之{i}", "转发通知。", place, documentNumber: "鹤政发〔2025〕7号")));

        var first = await _sites.SearchAsync(site, "鹤政发〔2025〕7号");
        var second = await _sites.SearchAsync(site, "鹤政发〔2025〕7号", page: 2);
        var beyond = await _sites.SearchAsync(site, "鹤政发〔2025〕7号", page: 50);

        Assert.Equal(10, first.Hits.Count(h => h.Exact));
        Assert.True(second.Hits[0].Exact);
        Assert.Equal(11, first.Hits.Concat(second.Hits).Where(h => h.Exact).Select(h => h.ContentItemId).Distinct().Count());
        Assert.Equal(first.Total, second.Total);
        Assert.Equal(second.PageCount, beyond.Page);
    }

    [SkippableFact]
    public async Task An_article_takes_the_domain_of_its_catalog_entry_when_the_entry_moves()
    {
        fixture.SkipIfUnavailable();
        var site = await _sites.TownshipAsync(0, county: "431221");
        var catalog = await fixture.CatalogAsync(site);
        var place = SearchSites.PlaceOf(catalog, "health");
        await _sites.ImportAsync(site, [SearchSites.Article("moved-1", "传染病防控知识宣传", "宣传防控知识。", place)]);
        Assert.Equal("health", DomainOf(await _sites.ArticlesAsync(site, "传染病防控")));

        var entry = catalog.Entries.Single(e => e.ContentItemId == place.EntryId);
        await using (var session = fixture.Store.OpenSession(site.Id))
        {
            var item = CatalogEntryContent.ToContentItem(entry with { Domain = "transport" });
            item.ContentItemVersionId = Guid.NewGuid().ToString("N")[..26];
            item.Latest = item.Published = true;
            await session.ImportAsync(item);
            await session.CommitAsync();
        }

        Assert.Equal("transport", DomainOf(await _sites.ArticlesAsync(site, "传染病防控")));
    }

    [SkippableFact]
    public async Task A_site_whose_module_was_off_when_a_node_built_its_index_is_found_once_it_is_on_again()
    {
        fixture.SkipIfUnavailable();
        var site = await _sites.TownshipAsync(1, county: "431221");
        var place = SearchSites.PlaceOf(await fixture.CatalogAsync(site), "press");
        await _sites.ImportAsync(site, [SearchSites.Article("toggled-1", "出版物市场专项检查", "检查出版物市场。", place)]);
        var features = fixture.Services.GetRequiredService<OrchardGov.ContentManagement.Features.FeatureService>();
        await features.DisableAsync(site.Id, Manifest.Disclosure.Id);
        using var node = _sites.NodeAt(Path.Combine(fixture.Scratch, $"toggle-{Guid.NewGuid():N}"));
        await node.Updater.CatchUpAsync();
        Assert.Equal(0, node.Index.Count(site.Id));

        await features.EnableAsync(site.Id, Manifest.Disclosure.Id);
        await node.Updater.CatchUpAsync();

        Assert.Equal("toggled-1", Assert.Single((await node.ArticlesAsync(site, "出版物市场")).Hits).ContentItemId);
    }

    private static string DomainOf(SearchResults results) =>
        Assert.Single(results.Facets.Single(f => f.Name == "domain").Values).Value;

    [SkippableFact]
    public async Task Facets_count_every_result_and_a_chosen_value_narrows_them_pages_hold_ten()
    {
        fixture.SkipIfUnavailable();
        var site = await _sites.TownshipAsync(4);
        var catalog = await fixture.CatalogAsync(site);
        var tourism = SearchSites.PlaceOf(catalog, "tourism");
        var news = SearchSites.PlaceOf(catalog, "news");
        await _sites.ImportAsync(site, Enumerable.Range(1, 15)
            .Select(i => SearchSites.Article($"facet-t{i}", $"旅游景区安全检查第{i}期", "检查旅游景区消防设施。", tourism, publishedOn: new DateOnly(2025, 1, i)))
            .Concat(Enumerable.Range(1, 7).Select(i => SearchSites.Article($"facet-n{i}", $"街道开展旅游景区巡查{i}", "工作人员巡查旅游景区。", news, publishedOn: new DateOnly(2026, 2, i)))));

        var all = await _sites.ArticlesAsync(site, "旅游景区");
        Assert.Equal(22, all.Total);
        Assert.Equal(10, all.Hits.Count);
        Assert.Equal(3, all.PageCount);
        var years = all.Facets.Single(f => f.Name == "year").Values;
        Assert.Equal([("2026", 7), ("2025", 15)], years.Select(v => (v.Value, v.Count)));
        Assert.Equal(15, all.Facets.Single(f => f.Name == "domain").Values.Single(v => v.Value == "tourism").Count);

        var third = await _sites.ArticlesAsync(site, "旅游景区", page: 3);
        Assert.Equal(2, third.Hits.Count);

        var narrowed = await _sites.ArticlesAsync(site, "旅游景区", year: "2026");
        Assert.Equal(7, narrowed.Total);
        Assert.All(narrowed.Hits, hit => Assert.StartsWith("2026-", hit.PublishedOn));

        var newest = await _sites.ArticlesAsync(site, "旅游景区", newestFirst: true);
        Assert.Equal("2026-02-07", newest.Hits[0].PublishedOn);
    }

    [SkippableFact]
    public async Task County_scope_finds_the_townships_articles_a_township_finds_only_its_own()
    {
        fixture.SkipIfUnavailable();
        var first = await _sites.TownshipAsync(5);
        var second = await _sites.TownshipAsync(6);
        var county = await fixture.Sites.GetAsync("431202");
        foreach (var (site, id) in new[] { (first, "county-1"), (second, "county-2") })
        {
            var place = SearchSites.PlaceOf(await fixture.CatalogAsync(site), "radio-tv");
            await _sites.ImportAsync(site, [SearchSites.Article(id, "应急广播系统维护通知", "应急广播终端检修。", place)]);
        }

        await fixture.Services.GetRequiredService<OrchardGov.ContentManagement.Features.FeatureService>().EnableAsync(county.Id, Manifest.Disclosure.Id);
        var countyWide = await _sites.ArticlesAsync(county, "应急广播", SearchScope.County);
        var own = await _sites.ArticlesAsync(first, "应急广播", SearchScope.County);

        Assert.Equal(["county-1", "county-2"], countyWide.Hits.Select(h => h.ContentItemId).Order());
        Assert.Equal(["county-1"], own.Hits.Select(h => h.ContentItemId));
        Assert.Contains(countyWide.Hits, hit => hit.SiteName == second.Name);
    }

    [SkippableFact]
    public async Task A_second_node_finds_what_was_published_on_the_first_at_its_next_query()
    {
        fixture.SkipIfUnavailable();
        var site = await _sites.TownshipAsync(7);
        using var other = _sites.NodeAt(Path.Combine(fixture.Scratch, $"node-{Guid.NewGuid():N}"));
        await other.Updater.CatchUpAsync();
        var place = SearchSites.PlaceOf(await fixture.CatalogAsync(site), "press");
        var id = await _sites.PublishAsync(site, SearchSites.Article("", "农家书屋图书更新公示", "新增图书500册。", place) with { ContentItemId = "" });

        Assert.Equal(id, Assert.Single((await other.ArticlesAsync(site, "农家书屋")).Hits).ContentItemId);

        await using (var session = fixture.Store.OpenSession(site.Id))
        {
            await fixture.Services.GetRequiredService<ArticlePublisher>().UnpublishAsync(session, id);
            await session.CommitAsync();
        }

        Assert.Empty((await other.ArticlesAsync(site, "农家书屋")).Hits);
    }

    [SkippableFact]
    public async Task A_node_stopped_in_the_middle_of_reading_the_sites_starts_again_and_matches_the_database()
    {
        fixture.SkipIfUnavailable();
        var first = await _sites.TownshipAsync(8);
        var second = await _sites.TownshipAsync(9);
        var place = SearchSites.PlaceOf(await fixture.CatalogAsync(first), "health");
        await _sites.ImportAsync(first, Enumerable.Range(1, 30).Select(i => SearchSites.Article($"crash-{i}", $"疫苗接种通知{i}", "接种时间地点。", place)));
        var folder = Path.Combine(fixture.Scratch, $"crash-{Guid.NewGuid():N}");

        using (var stopping = _sites.NodeAt(folder))
        {
            // The first site read is in the index but not committed when the node stops.
            using var stop = new CancellationTokenSource();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stopping.Updater.CatchUpAsync(new SynchronousProgress(stop), stop.Token));
            Assert.Null(stopping.Index.Position);
        }

        using var restarted = _sites.NodeAt(folder);
        await restarted.Updater.CatchUpAsync();

        Assert.NotNull(restarted.Index.Position);
        foreach (var site in new[] { first, second })
        {
            var shown = await _sites.ShownAsync(site);
            Assert.NotEmpty(shown);
            Assert.Equal(shown.Order(), restarted.Index.ContentItemIds(site.Id).Order());
        }

        Assert.Equal(30, (await restarted.ArticlesAsync(first, "疫苗接种")).Total);
    }

    [SkippableFact]
    public async Task A_second_process_on_the_same_folder_is_told_which_folder_is_in_use()
    {
        fixture.SkipIfUnavailable();
        var folder = Path.Combine(fixture.Scratch, $"shared-{Guid.NewGuid():N}");
        using var first = _sites.NodeAt(folder);
        await first.Updater.CatchUpAsync();

        var error = Assert.Throws<SearchIndexInUseException>(() => new SearchIndex(folder));

        Assert.Contains(folder, error.Message);
        Assert.Contains("OrchardGov:Search:Folder", error.Message);
    }

    private sealed class SynchronousProgress(CancellationTokenSource stop) : IProgress<SearchProgress>
    {
        public void Report(SearchProgress value) => stop.Cancel();
    }

    private async Task SetHiddenAsync(int siteId, Column column, bool hidden)
    {
        await using var session = fixture.Store.OpenSession(siteId);
        var item = ColumnContent.ToContentItem(column with { Hidden = hidden });
        item.ContentItemVersionId = Guid.NewGuid().ToString("N")[..26];
        item.Latest = item.Published = true;
        await session.ImportAsync(item);
        await session.CommitAsync();
    }
}

public sealed class SqliteSearchIndexTests(SqliteDisclosureFixture fixture) : SearchIndexTests<SqliteDisclosureFixture>(fixture);

public sealed class PostgresSearchIndexTests(PostgresDisclosureFixture fixture) : SearchIndexTests<PostgresDisclosureFixture>(fixture);
