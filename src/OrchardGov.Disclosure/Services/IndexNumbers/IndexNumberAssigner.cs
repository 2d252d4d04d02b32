using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Services.Settings;

namespace OrchardGov.Disclosure.Services.IndexNumbers;

/// <summary>
/// Hands out the next 索引号 of a site inside the publishing transaction. Serials are counted per scope (the
/// number without its serial, e.g. one year), in a site counter that concurrent publishes take in turn.
/// </summary>
public static class IndexNumberAssigner
{
    public static async Task<string> NextAsync(ContentSession session, DisclosureSettings settings, DateOnly date)
    {
        var rule = IndexNumberRule.Parse(settings.IndexNumberRule);
        var scope = rule.ScopeOf(settings.OrganisationCode, date);
        var serial = await session.NextValueAsync("索引号:" + scope);
        return rule.Format(settings.OrganisationCode, date, serial);
    }
}
