using System.Globalization;
using System.Text;
using System.Xml;
using OrchardGov.ContentManagement.Theming;
using OrchardGov.Disclosure.Indexes;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Portal;

/// <summary>A column's RSS 2.0 feed and the site's sitemap.xml, with absolute addresses.</summary>
internal static class Feeds
{
    private const int FeedItems = 20;
    // The sitemap protocol's limit for one file.
    private const int SitemapUrls = 50_000;

    public static async Task<PortalPage> RssAsync(PortalSite portal, Column column)
    {
        var (articles, _) = await portal.ArticlesAsync(column.ContentItemId, 0, FeedItems);
        var origin = Origin(portal);
        return new PortalPage(Xml(xml =>
        {
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", $"{portal.Site.Name} - {column.Title}");
            xml.WriteElementString("link", origin + portal.UrlOf(column));
            xml.WriteElementString("description", $"{portal.Site.Name}“{column.Title}”栏目的最新信息");
            xml.WriteElementString("language", "zh-CN");
            foreach (var article in articles)
            {
                var url = origin + portal.ArticleUrl(column, article.ContentItemId);
                xml.WriteStartElement("item");
                xml.WriteElementString("title", article.Title);
                xml.WriteElementString("link", url);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(url);
                xml.WriteEndElement();
                if (article.PublishedOn is { } date)
                {
                    xml.WriteElementString("pubDate", date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToString("R", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }), "application/rss+xml; charset=utf-8");
    }

    public static async Task<PortalPage> SitemapAsync(PortalSite portal)
    {
        var origin = Origin(portal);
        var articles = await portal.Session.QueryIndexAsync<ArticleIndex, DateTime?>(
            row => row.Published, row => row.PublishedUtc, descending: true, 0, SitemapUrls);
        return new PortalPage(Xml(xml =>
        {
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            Url(xml, origin + portal.HomeUrl, null);
            Url(xml, origin + portal.CatalogUrl, null);
            foreach (var column in portal.Columns.All.Where(portal.IsVisible).OrderBy(portal.UrlOf, StringComparer.Ordinal))
            {
                Url(xml, origin + portal.UrlOf(column), null);
            }

            foreach (var item in articles)
            {
                var article = ArticleContent.Read(item);
                if (portal.Columns.Find(article.ColumnId) is { } column && portal.IsVisible(column))
                {
                    Url(xml, origin + portal.ArticleUrl(column, article.ContentItemId), item.ModifiedUtc);
                }
            }

            xml.WriteEndElement();
        }), "application/xml; charset=utf-8");
    }

    private static void Url(XmlWriter xml, string location, DateTime? modified)
    {
        xml.WriteStartElement("url");
        xml.WriteElementString("loc", location);
        if (modified is { } at)
        {
            xml.WriteElementString("lastmod", at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        xml.WriteEndElement();
    }

    private static string Origin(PortalSite portal) => $"{portal.Http.Request.Scheme}://{portal.Http.Request.Host}";

    private static string Xml(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }

        // StringBuilder output declares UTF-16; the answer is sent as UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }
}
