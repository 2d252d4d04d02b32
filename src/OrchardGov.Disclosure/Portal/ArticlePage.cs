using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Media;
using OrchardGov.ContentManagement.Theming;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Portal;

/// <summary>An article with the standard metadata panel, the panel of the catalog entry it fulfils, and its attachments.</summary>
internal static class ArticlePage
{
    public static async Task<PortalPage?> RenderAsync(PortalSite portal, PageRenderer renderer, Column column, string articleId)
    {
        var item = await portal.Session.GetAsync(articleId, VersionOptions.Published);
        if (item is null || item.ContentType != DisclosureTypes.Article)
        {
            return null;
        }

        var article = ArticleContent.Read(item);
        return article.ColumnId == column.ContentItemId ? await RenderVersionAsync(portal, renderer, column, item, article.Title) : null;
    }

    /// <summary>Renders one version of an article (the published one, or a draft for its preview) under the given page title.</summary>
    public static async Task<PortalPage> RenderVersionAsync(PortalSite portal, PageRenderer renderer, Column? column, ContentItem item, string pageTitle)
    {
        var article = ArticleContent.Read(item);
        var url = column is null ? "" : portal.ArticleUrl(column, item.ContentItemId);
        var model = portal.Model(pageTitle, portal.Breadcrumb(column, new PortalModel.Link(article.Title, url)), column);
        model["article"] = new ArticleView(
            article.Title, article.Body, article.IndexNumber, article.IssuingBody, PortalSite.Date(article.WrittenOn),
            PortalSite.Date(article.PublishedOn ?? (item.PublishedUtc is { } at ? DateOnly.FromDateTime(at) : null)),
            article.DocumentNumber, article.Topic, ChineseLabels.Of(article.Validity), PortalSite.Date(article.RepealedOn),
            await ReplacedByAsync(portal, article), PortalSite.Date(article.FormedOn), Attachments(portal, article));
        model["column"] = column is null ? null : new ColumnLink(column.Title, portal.UrlOf(column));
        model["entry"] = EntryOf(portal, article);
        return new PortalPage(await renderer.RenderAsync(portal.Site, "article", model, portal.Http.RequestAborted));
    }

    private static async Task<ReplacedBy?> ReplacedByAsync(PortalSite portal, Article article)
    {
        if (article.ReplacedById is null || await portal.Session.GetAsync(article.ReplacedById, VersionOptions.Published) is not { } item)
        {
            return null;
        }

        var replacement = ArticleContent.Read(item);
        return portal.Columns.Find(replacement.ColumnId) is { } column
            ? new ReplacedBy(replacement.Title, portal.ArticleUrl(column, replacement.ContentItemId))
            : null;
    }

    private static List<AttachmentView> Attachments(PortalSite portal, Article article)
    {
        var media = portal.Http.RequestServices.GetRequiredService<SiteMedia>();
        return article.Attachments.Select(path =>
        {
            var file = media.Find(portal.Site, path);
            var name = Path.GetFileName(path.Replace('\\', '/'));
            return new AttachmentView(name, SiteMedia.UrlOf(portal.Site, path), MediaKinds.KindOf(name), file is null ? "" : MediaKinds.SizeLabel(file.Length));
        }).ToList();
    }

    private static EntryPanel? EntryOf(PortalSite portal, Article article)
    {
        var entry = portal.Catalog.Entries.FirstOrDefault(e => e.ContentItemId == article.CatalogEntryId);
        if (entry is null)
        {
            return null;
        }

        var domain = portal.Catalog.Domains.FirstOrDefault(d => d.Key == entry.Domain)?.Name ?? entry.Domain;
        return new EntryPanel(domain, entry.Category, entry.Item, entry.TimeLimit, ChineseLabels.Of(entry.Method), entry.LegalBasis,
            entry.ResponsibleBody, ChineseLabels.Of(entry.Levels), string.Join("、", entry.Channels));
    }
}
