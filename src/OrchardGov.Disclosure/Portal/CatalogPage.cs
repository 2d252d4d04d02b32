using OrchardGov.ContentManagement.Theming;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Portal;

/// <summary>政务公开事项标准目录: the standard table of each domain, filtered by domain and 公开方式, each 主动 row linking to its column.</summary>
internal static class CatalogPage
{
    public const string Title = "政务公开事项标准目录";

    /// <summary>The whole catalog at <c>/{code}/catalog</c>, or the part a catalog column shows (one domain's, under its column).</summary>
    public static async Task<PortalPage> RenderAsync(PortalSite portal, PageRenderer renderer, string? domainFilter, string? methodFilter, Column? at = null)
    {
        var catalog = portal.Catalog;
        var domainKey = catalog.Domains.Any(d => d.Key == domainFilter) ? domainFilter! : "";
        var method = methodFilter is { Length: > 0 } text ? ChineseLabels.ParseMethod(text) : null;
        var domains = catalog.Domains.Where(d => domainKey.Length == 0 || d.Key == domainKey).Select(domain => new CatalogDomainView(
            domain.Key, domain.Name, domain.NotApplicable, domain.NotApplicableReason ?? "",
            domain.NotApplicable ? [] : catalog.EntriesOf(domain.Key).Where(e => method is null || e.Method == method).Select(e => Row(portal, e)).ToList()))
            .ToList();

        var title = at?.Title ?? Title;
        var model = at is null
            ? portal.Model(title, portal.Breadcrumb(null, new PortalModel.Link(Title, portal.CatalogUrl)))
            : portal.Model(title, portal.Breadcrumb(at), at);
        model["heading"] = title;
        model["filter"] = new CatalogFilter(domainKey, method is { } m ? ChineseLabels.Of(m) : "",
            // A domain's catalog column shows that domain only: offering the others there would mislead.
            catalog.Domains.Where(d => at is null || at.Domain.Length == 0 || d.Key == at.Domain).Select(d => new DomainOption(d.Key, d.Name, d.Key == domainKey)).ToList(),
            ChineseLabels.MethodWords.Select(w => new MethodOption(w, method is { } m2 && ChineseLabels.Of(m2) == w)).ToList(),
            at is null ? portal.CatalogUrl : portal.UrlOf(at));
        model["domains"] = domains;
        return new PortalPage(await renderer.RenderAsync(portal.Site, "catalog", model, portal.Http.RequestAborted));
    }

    private static CatalogRowView Row(PortalSite portal, CatalogEntry entry) => new(
        entry.Order, entry.Category, entry.Item, entry.Elements, entry.LegalBasis, entry.TimeLimit, entry.ResponsibleBody,
        string.Join("、", entry.Channels), ChineseLabels.Of(entry.Audience), ChineseLabels.Of(entry.Method),
        entry.Method == DisclosureMethod.Withheld ? entry.WithheldReason : "", ChineseLabels.Of(entry.Levels),
        entry.ResponsibleUnit, entry.ResponsiblePerson,
        portal.Columns.Find(entry.ColumnId) is { } column && portal.IsVisible(column) ? portal.UrlOf(column) : null);
}
