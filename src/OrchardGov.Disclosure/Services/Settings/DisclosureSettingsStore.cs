using System.Text.Json;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Services.IndexNumbers;

namespace OrchardGov.Disclosure.Services.Settings;

/// <summary>Reads and saves a site's <see cref="DisclosureSettings"/> (a site document), checking the rule and the code first.</summary>
public sealed class DisclosureSettingsStore(AuditTrail audit)
{
    public const string DocumentType = "DisclosureSettings";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<DisclosureSettings> ReadAsync(ContentSession session) =>
        await session.Documents.GetAsync(DocumentType) is { Length: > 0 } json
            ? JsonSerializer.Deserialize<DisclosureSettings>(json, Json) ?? new DisclosureSettings()
            : new DisclosureSettings();

    public async Task SaveAsync(ContentSession session, DisclosureSettings settings)
    {
        var code = settings.OrganisationCode.Trim().ToUpperInvariant();
        if (code.Length == UnifiedSocialCreditCode.Length && UnifiedSocialCreditCode.Problem(code) is { } problem)
        {
            throw new UserInputException(problem);
        }

        var rule = IndexNumberRule.Parse(settings.IndexNumberRule);
        var saved = settings with { OrganisationCode = code, IndexNumberRule = rule.Pattern };
        var before = await ReadAsync(session);
        await session.Documents.SaveAsync(DocumentType, JsonSerializer.Serialize(saved, Json));
        audit.Record(session, new AuditRecord("settings.disclosure", null, "政务公开设置", before, saved));
    }
}
