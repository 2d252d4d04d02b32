using System.Globalization;
using OrchardGov.ContentManagement.Theming;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services;

namespace OrchardGov.Disclosure.Portal;

/// <summary>
/// A column: its breadcrumb, sub-columns, one page of its articles (newest first), the catalog entries it serves,
/// and the 未涉及 note when its domain is marked so. The 政府信息公开 column and single pages have templates of their own.
/// </summary>
internal static class ColumnPage
{
    public const int PageSize = 20;

    public static async Task<PortalPage?> RenderAsync(PortalSite portal, PageRenderer renderer, Column column, int page)
    {
        var note = portal.DomainOf(column) is { NotApplicable: true } domain ? new NotApplicableNote(domain.Name, domain.NotApplicableReason!) : null;
        var (articles, total) = note is null ? await portal.ArticlesAsync(column.ContentItemId, (page - 1) * PageSize, PageSize) : ([], 0);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        if (page > pages)
        {
            return null;
        }

        var url = portal.UrlOf(column);
        var children = (note is null ? portal.VisibleChildren(column.ContentItemId) : [])
            .Select(child => new ChildColumn(child.Title, portal.UrlOf(child), portal.ArticleCount(child.ContentItemId))).ToList();

        var title = page > 1 ? $"{column.Title}（第{page}页）" : column.Title;
        var model = portal.Model(title, portal.Breadcrumb(column), column, portal.RssUrl(column));
        model["column"] = new ColumnView(column.Title, url, column.Kind.ToString(), column.Body, portal.RssUrl(column));
        model["children"] = children;
        model["articles"] = articles.Select(a => portal.LinkOf(column, a)).ToList();
        model["pager"] = Pager(url, page, pages, total);
        model["entries"] = portal.Catalog.Entries.Where(e => e.ColumnId == column.ContentItemId)
            .Select(e => new EntrySummary(e.Category, e.Item, e.TimeLimit, ChineseLabels.Of(e.Method))).ToList();
        model["not_applicable"] = note;
        var template = column.ContentItemId == StandardColumns.DisclosureRootId ? "disclosure"
            : column.Kind == ColumnKind.SinglePage ? "single-page"
            : "column";
        return new PortalPage(await renderer.RenderAsync(portal.Site, template, model, portal.Http.RequestAborted));
    }

    private static Pager Pager(string url, int page, int pages, int total) =>
        Portal.Pager.Around(page, pages, total, number => number == 1 ? url : url + "?page=" + number.ToString(CultureInfo.InvariantCulture));
}
