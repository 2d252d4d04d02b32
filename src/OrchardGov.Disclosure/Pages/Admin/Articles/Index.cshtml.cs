using Microsoft.AspNetCore.Mvc;
using OrchardGov.ContentManagement.Admin;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Indexes;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services;

namespace OrchardGov.Disclosure.Pages.Admin.Articles;

/// <summary>The site's articles (their latest versions), most recently saved first, a page at a time, by column and state.</summary>
public sealed class IndexModel(ContentStore store, CatalogReader catalog) : SiteAdminPageModel
{
    public const int PageSize = 20;

    protected override string? Feature => Manifest.Disclosure.Id;

    [BindProperty(SupportsGet = true, Name = "column")]
    public string? ColumnId { get; set; }

    [BindProperty(SupportsGet = true)]
    public ArticleState? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<Column> Columns { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync()
    {
        await using var session = store.OpenSession(Site.Id);
        var tree = (await catalog.ReadAsync(session, VersionOptions.Latest)).Columns;
        Columns = [.. tree.All.Where(c => c.Kind == ColumnKind.List).OrderBy(c => tree.PathOf(c.ContentItemId), StringComparer.Ordinal)];
        var filter = ArticleStates.Filter(State, string.IsNullOrEmpty(ColumnId) ? null : ColumnId);
        Total = (await session.CountIndexAsync(filter, row => row.Latest)).Values.Sum();
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        var items = await session.QueryIndexAsync<ArticleIndex, long>(filter, row => row.DocumentId, descending: true, (PageNumber - 1) * PageSize, PageSize);
        Rows = [.. items.Select(item =>
        {
            var article = ArticleContent.Read(item);
            return new Row(article, tree.Find(article.ColumnId)?.Title ?? "", ArticleStates.Labels[ArticleStates.Of(item, article)]);
        })];
    }

    public sealed record Row(Article Article, string ColumnTitle, string StateLabel);
}
