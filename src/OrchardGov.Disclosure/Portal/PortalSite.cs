using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.ContentManagement.Theming;
using OrchardGov.Disclosure.Indexes;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services;

namespace OrchardGov.Disclosure.Portal;

/// <summary>
/// What one public request of a site needs: the site and its parent, its published catalog and column tree, and
/// a session to read its articles. Builds the names every template shares (navigation, breadcrumb).
/// </summary>
internal sealed class PortalSite : IAsyncDisposable
{
    public const string HomeTitle = "首页";

    private readonly IReadOnlyDictionary<string, int> _articleCounts;

    private PortalSite(HttpContext http, Site site, Site? parent, ContentSession session, PortalData data)
    {
        Http = http;
        Site = site;
        Parent = parent;
        Session = session;
        Catalog = data.Catalog;
        _articleCounts = data.ArticleCounts;
    }

    public HttpContext Http { get; }
    public Site Site { get; }
    public Site? Parent { get; }
    public ContentSession Session { get; }
    public SiteCatalog Catalog { get; }
    public ColumnTree Columns => Catalog.Columns;

    public string HomeUrl => Site.PathBase + "/";
    public string CatalogUrl => Site.PathBase + "/catalog";

    public static async Task<PortalSite> OpenAsync(HttpContext http, Site site)
    {
        var services = http.RequestServices;
        var parent = site.ParentId is { } parentId ? await services.GetRequiredService<SiteRegistry>().FindAsync(parentId, http.RequestAborted) : null;
        var session = services.GetRequiredService<ContentStore>().OpenSession(site.Id);
        var data = await services.GetRequiredService<PortalCatalogCache>().GetAsync(site, session);
        return new PortalSite(http, site, parent, session, data);
    }

    public string UrlOf(Column column) => Columns.UrlOf(Site.Code, column.ContentItemId);

    public string ArticleUrl(Column column, string articleId) => UrlOf(column) + articleId + ".html";

    public string RssUrl(Column column) => UrlOf(column) + "rss.xml";

    public bool IsVisible(Column column) => !Columns.IsHidden(column.ContentItemId);

    public Domain? DomainOf(Column column) =>
        column.Domain.Length == 0 ? null : Catalog.Domains.FirstOrDefault(d => d.Key == column.Domain);

    public IEnumerable<Column> VisibleChildren(string? parentId) => Columns.Children(parentId).Where(IsVisible);

    /// <summary>The column at a path of slugs from the top ("zfxxgk/gkzn"), or null.</summary>
    public Column? ColumnAt(IReadOnlyList<string> slugs)
    {
        Column? column = null;
        foreach (var slug in slugs)
        {
            column = Columns.Children(column?.ContentItemId).FirstOrDefault(c => string.Equals(c.Slug, slug, StringComparison.OrdinalIgnoreCase));
            if (column is null)
            {
                return null;
            }
        }

        return column;
    }

    public IReadOnlyList<PortalModel.Link> Breadcrumb(Column? column, params PortalModel.Link[] after)
    {
        var crumbs = new List<PortalModel.Link> { new(HomeTitle, HomeUrl) };
        if (column is not null)
        {
            crumbs.AddRange(Columns.Ancestry(column.ContentItemId).Select(c => new PortalModel.Link(c.Title, UrlOf(c))));
        }

        crumbs.AddRange(after);
        return crumbs;
    }

    /// <summary>The shared names for a page of this site, with the top columns (and the catalog) as navigation.</summary>
    public Dictionary<string, object?> Model(string title, IReadOnlyList<PortalModel.Link> breadcrumb, Column? current = null, string? rssUrl = null)
    {
        var model = PortalModel.For(Http, Site, Parent, title, breadcrumb, rssUrl);
        var top = current is null ? null : Columns.Ancestry(current.ContentItemId).FirstOrDefault()?.ContentItemId;
        var nav = new List<PortalModel.NavLink> { new(HomeTitle, HomeUrl, Http.Request.Path == HomeUrl) };
        nav.AddRange(VisibleChildren(null).Select(c => new PortalModel.NavLink(c.Title, UrlOf(c), c.ContentItemId == top)));
        nav.Add(new PortalModel.NavLink("政务公开事项标准目录", CatalogUrl, Http.Request.Path == CatalogUrl));
        model["nav"] = nav;
        model["catalog_url"] = CatalogUrl;
        model["search_url"] = Site.PathBase + "/search";
        return model;
    }

    /// <summary>One page of a column's published articles, newest first.</summary>
    public async Task<(IReadOnlyList<Article> Articles, int Total)> ArticlesAsync(string columnId, int skip, int take)
    {
        var total = ArticleCount(columnId);
        if (skip >= total)
        {
            return ([], total);
        }

        var items = await Session.QueryIndexAsync<ArticleIndex, DateTime?>(
            row => row.ColumnId == columnId && row.Published, row => row.PublishedUtc, descending: true, skip, take);
        return (items.Select(ArticleContent.Read).ToList(), total);
    }

    public int ArticleCount(string columnId) => _articleCounts.GetValueOrDefault(columnId);

    public ArticleLink LinkOf(Column column, Article article) =>
        new(article.Title, ArticleUrl(column, article.ContentItemId), Date(article.PublishedOn), ChineseLabels.Of(article.Validity));

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public ValueTask DisposeAsync() => Session.DisposeAsync();
}
