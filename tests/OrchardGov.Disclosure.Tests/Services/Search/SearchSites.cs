using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.Disclosure.Indexes;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services;
using OrchardGov.Disclosure.Services.Editing;
using OrchardGov.Disclosure.Services.Search;
using OrchardGov.Disclosure.Services.Settings;

namespace OrchardGov.Disclosure.Tests.Services.Search;

/// <summary>Scaffolded townships with articles placed in the column of their domain, and the search over them.</summary>
public sealed class SearchSites(DisclosureFixture fixture)
{
    public SearchIndexUpdater Updater => fixture.Services.GetRequiredService<SearchIndexUpdater>();
    public SearchIndex Index => fixture.Services.GetRequiredService<SearchIndex>();

    /// <summary>The n-th township of a county (鹤城区, 431202, unless another is named), set up with the township recipe.</summary>
    public async Task<Site> TownshipAsync(int n, string county = "431202")
    {
        var township = fixture.Scaffolder.TownshipsUnder(county)[n];
        await fixture.Scaffolder.EnsureAncestorsAsync(county, township);
        if (await fixture.Sites.FindAsync(township.Code) is not { } existing || await fixture.CatalogAsync(existing) is { Columns.Count: 0 })
        {
            await fixture.Scaffolder.ScaffoldAsync(township.Code, "township");
            var scaffolded = await fixture.Sites.GetAsync(township.Code);
            await using var session = fixture.Store.OpenSession(scaffolded.Id);
            await fixture.Services.GetRequiredService<DisclosureSettingsStore>().SaveAsync(session, new DisclosureSettings { OrganisationCode = "11441700007280420Y" });
            await session.CommitAsync();
        }

        return await fixture.Sites.GetAsync(township.Code);
    }

    /// <summary>The column an article of the domain goes in: the first proactive entry's (工作动态 and 通知公告 for "news" and "notices").</summary>
    public static (string ColumnId, string? EntryId) PlaceOf(SiteCatalog catalog, string domain) => domain switch
    {
        "news" => (catalog.Columns.All.Single(c => c.Title == "工作动态").ContentItemId, null),
        "notices" => (catalog.Columns.All.Single(c => c.Title == "通知公告").ContentItemId, null),
        _ => catalog.EntriesOf(domain).Where(e => e.IsProactive && e.ColumnId is not null).Select(e => (e.ColumnId!, (string?)e.ContentItemId)).First(),
    };

    /// <summary>Publishes the articles as given (ids included) in one import.</summary>
    public async Task ImportAsync(Site site, IEnumerable<Article> articles)
    {
        await using var session = fixture.Store.OpenSession(site.Id);
        var items = articles.Select(ArticleContent.ToContentItem).ToList();
        foreach (var item in items)
        {
            item.ContentItemVersionId = item.ContentItemId + "v1";
            item.Latest = item.Published = true;
            item.PublishedUtc = DateTime.UtcNow;
        }

        await session.ImportAsync(items);
        await session.CommitAsync();
    }

    /// <summary>Saves and publishes one article through the editor, as an editor would.</summary>
    public async Task<string> PublishAsync(Site site, Article article)
    {
        await using var session = fixture.Store.OpenSession(site.Id);
        var saved = await fixture.Services.GetRequiredService<ArticleEditor>().SaveDraftAsync(session, article);
        await fixture.Services.GetRequiredService<ArticlePublisher>().PublishAsync(session, saved.ContentItemId);
        await session.CommitAsync();
        return saved.ContentItemId;
    }

    /// <summary>
    /// Searches as a visitor would once the follower has been by (it reads the log every 2 seconds on a running node;
    /// sites set up or columns changed just before are read by it, not by the search).
    /// </summary>
    public async Task<SearchResults> SearchAsync(Site site, string? text, SearchScope scope = SearchScope.Site,
        IReadOnlyDictionary<string, string>? filters = null, int page = 1, bool newestFirst = false)
    {
        await Updater.CatchUpAsync();
        return await AtOnceAsync(site, text, scope, filters, page, newestFirst);
    }

    /// <summary>Searches right away: only what the search itself brings up to date shows.</summary>
    public Task<SearchResults> AtOnceAsync(Site site, string? text, SearchScope scope = SearchScope.Site,
        IReadOnlyDictionary<string, string>? filters = null, int page = 1, bool newestFirst = false) =>
        fixture.Services.GetRequiredService<SiteSearch>().SearchAsync(site, scope, new SearchRequest
        {
            Text = text, SiteIds = [], Filters = filters ?? new Dictionary<string, string>(), Page = page, NewestFirst = newestFirst,
        });

    /// <summary>Articles only, right away.</summary>
    public Task<SearchResults> ArticlesAtOnceAsync(Site site, string text) =>
        AtOnceAsync(site, text, filters: new Dictionary<string, string> { ["kind"] = nameof(SearchKind.Article) });

    /// <summary>Articles only (catalog entries about the same things are found too).</summary>
    public Task<SearchResults> ArticlesAsync(Site site, string text, SearchScope scope = SearchScope.Site, int page = 1, bool newestFirst = false, string? year = null)
    {
        var filters = new Dictionary<string, string> { ["kind"] = nameof(SearchKind.Article) };
        if (year is not null)
        {
            filters["year"] = year;
        }

        return SearchAsync(site, text, scope, filters, page, newestFirst);
    }

    /// <summary>The ids of what the site shows the public and the index should hold: published articles in shown columns, entries of applicable domains.</summary>
    public async Task<IReadOnlySet<string>> ShownAsync(Site site)
    {
        var catalog = await fixture.CatalogAsync(site);
        await using var session = fixture.Store.OpenSession(site.Id);
        var articles = (await session.QueryIndexAsync<ArticleIndex>(row => row.Published, take: 100_000)).Select(ArticleContent.Read)
            .Where(a => a.ColumnId is not null && catalog.Columns.Find(a.ColumnId) is not null && !catalog.Columns.IsHidden(a.ColumnId));
        var applicable = catalog.Domains.Where(d => !d.NotApplicable).Select(d => d.Key).ToHashSet();
        return articles.Select(a => a.ContentItemId).Concat(catalog.Entries.Where(e => applicable.Contains(e.Domain)).Select(e => e.ContentItemId)).ToHashSet();
    }

    /// <summary>A second node on the same database: an index in its own folder, read from the change log.</summary>
    public Node NodeAt(string folder)
    {
        var services = fixture.Services;
        var index = new SearchIndex(folder);
        var updater = new SearchIndexUpdater(index, services.GetRequiredService<ContentChangeLog>(), services.GetRequiredService<SearchDocumentReader>(),
            services.GetRequiredService<FeatureService>(), fixture.Sites, TimeProvider.System, NullLogger<SearchIndexUpdater>.Instance);
        return new Node(index, updater, new SiteSearch(index, updater, fixture.Sites));
    }

    public sealed record Node(SearchIndex Index, SearchIndexUpdater Updater, SiteSearch Search) : IDisposable
    {
        public Task<SearchResults> ArticlesAsync(Site site, string text) => Search.SearchAsync(site, SearchScope.Site,
            new SearchRequest { Text = text, SiteIds = [], Filters = new Dictionary<string, string> { ["kind"] = nameof(SearchKind.Article) } });

        public void Dispose() => Index.Dispose();
    }

    public static Article Article(string id, string title, string body, (string ColumnId, string? EntryId) place, string documentNumber = "", DateOnly? publishedOn = null) => new()
    {
        ContentItemId = id, Title = title, Body = $"<p>{System.Net.WebUtility.HtmlEncode(body)}</p>", ColumnId = place.ColumnId, CatalogEntryId = place.EntryId,
        DocumentNumber = documentNumber, PublishedOn = publishedOn ?? new DateOnly(2026, 3, 1), IssuingBody = "城中街道办事处",
    };
}
