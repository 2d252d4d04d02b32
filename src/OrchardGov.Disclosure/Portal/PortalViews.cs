namespace OrchardGov.Disclosure.Portal;

// What the theme's templates receive (themes/OrchardGov.Theme/README.md); names become snake_case in Liquid.

public sealed record ArticleLink(string Title, string Url, string PublishedOn, string ValidityLabel);

public sealed record ChildColumn(string Title, string Url, int ArticleCount);

public sealed record ColumnView(string Title, string Url, string Kind, string BodyHtml, string RssUrl);

public sealed record PagerLink(int Number, string Url, bool Current);

public sealed record Pager(int Page, int Pages, int Total, string? PreviousUrl, string? NextUrl, IReadOnlyList<PagerLink> PagesList)
{
    /// <summary>Links to the first, the last and the pages around the current one.</summary>
    public static Pager Around(int page, int pages, int total, Func<int, string> urlOf)
    {
        var shown = Enumerable.Range(1, pages).Where(n => n == 1 || n == pages || Math.Abs(n - page) <= 2);
        return new Pager(page, pages, total, page > 1 ? urlOf(page - 1) : null, page < pages ? urlOf(page + 1) : null,
            shown.Select(n => new PagerLink(n, urlOf(n), n == page)).ToList());
    }
}

public sealed record EntrySummary(string Category, string Item, string TimeLimit, string Method);

public sealed record NotApplicableNote(string DomainName, string Reason);

public sealed record AttachmentView(string Name, string Url, string Type, string SizeLabel);

public sealed record ReplacedBy(string Title, string Url);

public sealed record ArticleView(
    string Title, string BodyHtml, string IndexNumber, string IssuingBody, string WrittenOn, string PublishedOn,
    string DocumentNumber, string Topic, string ValidityLabel, string RepealedOn, ReplacedBy? ReplacedBy, string FormedOn,
    IReadOnlyList<AttachmentView> Attachments);

public sealed record EntryPanel(
    string DomainName, string Category, string Item, string TimeLimit, string Method, string LegalBasis,
    string ResponsibleBody, string Levels, string Channels);

public sealed record HomeSection(string Title, string Url, IReadOnlyList<ArticleLink> Articles);

public sealed record DisclosureEntryPoints(string Url, IReadOnlyList<ColumnLink> Columns);

public sealed record ColumnLink(string Title, string Url);

public sealed record SubSite(string Name, string Url);

public sealed record DomainOption(string Key, string Name, bool Selected);

public sealed record MethodOption(string Label, bool Selected);

public sealed record CatalogFilter(string Domain, string Method, IReadOnlyList<DomainOption> Domains, IReadOnlyList<MethodOption> Methods, string ActionUrl);

public sealed record CatalogRowView(
    int Order, string Category, string Item, string Elements, string LegalBasis, string TimeLimit, string ResponsibleBody,
    string Channels, string Audience, string Method, string WithheldReason, string Levels, string Unit, string Person, string? ColumnUrl);

public sealed record CatalogDomainView(string Key, string Name, bool NotApplicable, string Reason, IReadOnlyList<CatalogRowView> Entries);
