using OrchardGov.Disclosure.Services.Compliance.Deadlines;

namespace OrchardGov.Disclosure.Services.Compliance;

/// <summary>
/// The rule of each 公开时限 phrase on a site: the one a person set for the phrase, else the one read from it.
/// </summary>
public sealed class DeadlineRuleBook(IReadOnlyDictionary<string, string> rulesByPhrase, ComplianceRun run)
{
    private readonly Dictionary<string, DeadlineParse> _parsed = [];

    public DeadlineParse For(string phrase)
    {
        if (!_parsed.TryGetValue(phrase, out var parse))
        {
            parse = rulesByPhrase.TryGetValue(DeadlineRulesStore.KeyOf(phrase), out var set) && run.Read(set) is { Parsed: true } setParse
                ? setParse with { Phrase = phrase }
                : run.Read(phrase);
            _parsed[phrase] = parse;
        }

        return parse;
    }
}
