using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services;

namespace OrchardGov.Web.Tests.Admin.Catalog;

/// <summary>A demo township's catalog as stored, and an entry as its edit form posts it.</summary>
internal static class CatalogEntries
{
    public static async Task<SiteCatalog> ReadAsync(PortalFactory portal, string siteCode, VersionOptions version = VersionOptions.Latest)
    {
        var site = await portal.Services.GetRequiredService<SiteRegistry>().GetAsync(siteCode);
        await using var session = portal.Services.GetRequiredService<ContentStore>().OpenSession(site.Id);
        return await portal.Services.GetRequiredService<CatalogReader>().ReadAsync(session, version);
    }

    /// <summary>The first 主动 entry of the health domain: it has a column of its own.</summary>
    public static async Task<CatalogEntry> ProactiveAsync(PortalFactory portal, string siteCode) =>
        (await ReadAsync(portal, siteCode)).EntriesOf("health").First(e => e.IsProactive && e.ColumnId is not null);

    public static IEnumerable<(string Name, string Value)> FormOf(CatalogEntry entry) =>
    [
        ("Form.Domain", entry.Domain), ("Form.Category", entry.Category), ("Form.Item", entry.Item),
        ("Form.Elements", entry.Elements), ("Form.LegalBasis", entry.LegalBasis), ("Form.TimeLimit", entry.TimeLimit),
        ("Form.ResponsibleBody", entry.ResponsibleBody), ("Form.Audience", entry.Audience.ToString()),
        ("Form.Method", entry.Method.ToString()), ("Form.WithheldReason", entry.WithheldReason),
        ("Form.ResponsibleUnit", entry.ResponsibleUnit), ("Form.ResponsiblePerson", entry.ResponsiblePerson),
        ("Form.ColumnId", entry.ColumnId ?? ""),
        .. entry.Channels.Select(c => ("Form.Channels", c)),
        .. entry.Levels.Select(l => ("Form.Levels", l.ToString())),
    ];
}
