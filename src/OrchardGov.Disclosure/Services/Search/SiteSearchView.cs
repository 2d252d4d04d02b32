using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services.Search;

/// <summary>
/// Turns a site's published articles and catalog entries into <see cref="SearchDocument"/>s as its portal shows them:
/// an article in a hidden column, in a column of a 未涉及 domain or in no column at all is not shown, so it is not
/// found either; neither is an entry of a 未涉及 domain.
/// </summary>
internal sealed class SiteSearchView(Site site, SiteCatalog catalog)
{
    private readonly Dictionary<string, CatalogEntry> _entries = catalog.Entries.ToDictionary(e => e.ContentItemId);
    private readonly Dictionary<string, Domain> _domains = catalog.Domains.ToDictionary(d => d.Key);

    public SearchDocument? Article(Article article)
    {
        if (catalog.Columns.Find(article.ColumnId) is not { } column || catalog.Columns.IsHidden(column.ContentItemId))
        {
            return null;
        }

        var domain = DomainOf(article, column);
        return new SearchDocument
        {
            SiteId = site.Id,
            SiteName = site.Name,
            ContentItemId = article.ContentItemId,
            Kind = SearchKind.Article,
            Title = article.Title,
            Body = HtmlText.ToPlain(article.Body),
            Attachments = article.Attachments.Select(Path.GetFileName).OfType<string>().ToList(),
            IndexNumber = article.IndexNumber,
            DocumentNumber = article.DocumentNumber,
            IssuingBody = article.IssuingBody,
            Topic = article.Topic,
            DomainKey = domain?.Key ?? "",
            DomainName = domain?.Name ?? "",
            ColumnId = column.ContentItemId,
            ColumnPath = catalog.Columns.PathOf(column.ContentItemId),
            PublishedOn = article.PublishedOn,
            Validity = article.Validity,
            Url = catalog.Columns.UrlOf(site.Code, column.ContentItemId) + article.ContentItemId + ".html",
        };
    }

    public SearchDocument? Entry(CatalogEntry entry)
    {
        if (!_domains.TryGetValue(entry.Domain, out var domain) || domain.NotApplicable)
        {
            return null;
        }

        var column = catalog.Columns.Find(entry.ColumnId) is { } bound && !catalog.Columns.IsHidden(bound.ContentItemId) ? bound : null;
        return new SearchDocument
        {
            SiteId = site.Id,
            SiteName = site.Name,
            ContentItemId = entry.ContentItemId,
            Kind = SearchKind.CatalogEntry,
            Title = entry.Item,
            Body = string.Join('\n',
                $"一级事项：{entry.Category}",
                $"公开内容：{entry.Elements}",
                $"公开依据：{entry.LegalBasis}",
                $"公开时限：{entry.TimeLimit}",
                $"公开主体：{entry.ResponsibleBody}",
                $"公开渠道和载体：{string.Join("、", entry.Channels)}",
                $"公开对象：{ChineseLabels.Of(entry.Audience)}",
                $"公开方式：{ChineseLabels.Of(entry.Method)}"),
            IssuingBody = entry.ResponsibleBody,
            DomainKey = domain.Key,
            DomainName = domain.Name,
            ColumnId = column?.ContentItemId ?? "",
            ColumnPath = column is null ? "" : catalog.Columns.PathOf(column.ContentItemId),
            Url = column is null
                ? $"/{site.Code}/catalog?domain={Uri.EscapeDataString(domain.Key)}"
                : catalog.Columns.UrlOf(site.Code, column.ContentItemId),
        };
    }

    private Domain? DomainOf(Article article, Column column)
    {
        if (article.CatalogEntryId is { } entryId && _entries.TryGetValue(entryId, out var entry) && _domains.TryGetValue(entry.Domain, out var byEntry))
        {
            return byEntry;
        }

        var key = catalog.Columns.Ancestry(column.ContentItemId).Select(c => c.Domain).LastOrDefault(d => d.Length > 0);
        return key is not null && _domains.TryGetValue(key, out var byColumn) ? byColumn : null;
    }
}
