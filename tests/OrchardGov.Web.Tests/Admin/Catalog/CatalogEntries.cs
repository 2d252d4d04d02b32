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

    public static IEnumerable<KeyValuePair<string, string>> FormOf(CatalogEntry entry) =>
    [
        new("Form.Domain", entry.Domain), new("Form.Category", entry.Category), new("Form.Item", entry.Item),
        new("Form.Elements", entry.Elements), new("Form.LegalBasis", entry.LegalBasis), new("Form.TimeLimit", entry.TimeLimit),
        new("Form.ResponsibleBody", entry.ResponsibleBody), new("Form.Audience", entry.Audience.ToString()),
        new("Form.Method", entry.Method.ToString()), new("Form.WithheldReason", entry.WithheldReason),
        new("Form.ResponsibleUnit", entry.ResponsibleUnit), new("Form.ResponsiblePerson", entry.ResponsiblePerson),
        new("Form.ColumnId", entry.ColumnId ?? ""),
        .. entry.Channels.Select(c => new KeyValuePair<string, string>("Form.Channels", c)),
        .. entry.Levels.Select(l => new KeyValuePair<string, string>("Form.Levels", l.ToString())),
    ];
}
