using System.Text.Json;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Services.Compliance.Deadlines;

namespace OrchardGov.Disclosure.Services.Compliance;

/// <summary>
/// The rules a site's people set by hand for 公开时限 phrases that cannot be read (a site document: phrase → rule
/// in the standard wording). Setting a rule checks that it reads; it applies to every entry with that phrase.
/// </summary>
public sealed class DeadlineRulesStore(AuditTrail audit)
{
    public const string DocumentType = "DeadlineRules";

    public async Task<IReadOnlyDictionary<string, string>> ReadAsync(ContentSession session) =>
        await session.Documents.GetAsync(DocumentType) is { Length: > 0 } json ? Parse(json) : new Dictionary<string, string>();

    /// <summary>Sets the rule for the phrase; an empty rule removes the one set before.</summary>
    public async Task<DeadlineRule?> SetAsync(ContentSession session, string phrase, string? rule)
    {
        if (string.IsNullOrWhiteSpace(phrase))
        {
            throw new UserInputException("请指明要设定规则的公开时限。");
        }

        phrase = KeyOf(phrase);
        var rules = new Dictionary<string, string>(await ReadAsync(session), StringComparer.Ordinal);
        rules.TryGetValue(phrase, out var before);
        DeadlineRule? parsed = null;
        if (string.IsNullOrWhiteSpace(rule))
        {
            rules.Remove(phrase);
        }
        else
        {
            var reading = DeadlineRuleParser.Parse(rule.Trim());
            parsed = reading.Rule ?? throw new UserInputException(
                $"时限规则“{rule.Trim()}”无法识别：{reading.Problem} 可填写如“自信息形成或者变更之日起20个工作日内”“每年1月31日前”“每季度结束后20个工作日内”“长期公开”“不计时限”。");
            rules[phrase] = parsed.Description;
        }

        await session.Documents.SaveAsync(DocumentType, JsonSerializer.Serialize(rules));
        audit.Record(session, new AuditRecord("compliance.rule", null, $"公开时限“{phrase}”", new { Rule = before }, new { Rule = parsed?.Description }));
        return parsed;
    }

    /// <summary>A phrase as rules are kept under: line breaks as a form posts them or an Excel cell holds them are the same phrase.</summary>
    public static string KeyOf(string phrase) => phrase.ReplaceLineEndings("\n").Trim();

    public static IReadOnlyDictionary<string, string> Parse(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}
