using OrchardGov.Disclosure.Services.Compliance.Deadlines;

namespace OrchardGov.Disclosure.Services.Compliance;

/// <summary>
/// The rule of each 公开时限 phrase on a site: the one a person set for the phrase, else the one read from it.
/// Each phrase is parsed once.
/// </summary>
public sealed class DeadlineRuleBook(IReadOnlyDictionary<string, string> rulesByPhrase)
{
    private readonly Dictionary<string, DeadlineParse> _parsed = [];

    public DeadlineParse For(string phrase)
    {
        if (!_parsed.TryGetValue(phrase, out var parse))
        {
            parse = rulesByPhrase.TryGetValue(phrase, out var set) && DeadlineRuleParser.Parse(set) is { Parsed: true } setParse
                ? setParse with { Phrase = phrase }
                : DeadlineRuleParser.Parse(phrase);
            _parsed[phrase] = parse;
        }

        return parse;
    }
}
