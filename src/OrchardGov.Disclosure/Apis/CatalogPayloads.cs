namespace OrchardGov.Disclosure.Apis;

/// <summary>A site's catalog as <c>GET /{code}/api/catalog</c> returns it.</summary>
public sealed record CatalogPayload(string Site, string SiteName, IReadOnlyList<DomainPayload> Domains);

/// <summary>A domain: its entries, or, when the site marked it 未涉及, the note and no entries.</summary>
public sealed record DomainPayload(string Key, string Name, bool NotApplicable, string? NotApplicableReason, IReadOnlyList<EntryPayload> Entries);

/// <summary>Every element of a catalog entry, with Chinese values as the standard table shows them.</summary>
public sealed record EntryPayload(
    string Id, int Order, string Category, string Item, string Elements, string LegalBasis, string TimeLimit, string ResponsibleBody,
    IReadOnlyList<string> Channels, string Audience, string Method, string? WithheldReason, IReadOnlyList<string> Levels,
    string ResponsibleUnit, string ResponsiblePerson, string Source, ColumnLink? Column);

/// <summary>The column an entry is published in: its id, its path of titles and its address.</summary>
public sealed record ColumnLink(string Id, string Path, string Url);

/// <summary>A column of <c>GET /{code}/api/columns</c>, with its visible children.</summary>
public sealed record ColumnPayload(
    string Id, string Title, string Slug, string Url, string Kind, string Freshness, string? Domain, IReadOnlyList<ColumnPayload> Children);
