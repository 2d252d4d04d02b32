namespace OrchardGov.Disclosure.Services.Compliance.Deadlines;

/// <summary>Reads a <see cref="DeadlineRule"/> from a 公开时限 phrase, or says why it cannot.</summary>
public static class DeadlineRuleParser
{
    /// <summary>
    /// A phrase is read only when every clause left after the known caveats is one recognised wording and they all
    /// say the same rule; anything else is a problem, because a wrong deadline would pass or fail entries silently.
    /// </summary>
    public static DeadlineParse Parse(string phrase)
    {
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return new DeadlineParse(phrase ?? "", null, DeadlineProblems.Blank);
        }
        var clauses = DeadlinePhrase.DeadlineClauses(DeadlinePhrase.Normalize(phrase));
        var rules = clauses.Select(DeadlinePatterns.Read).Distinct().ToList();
        if (rules is [{ } rule])
        {
            return DeadlineProblems.OutOfRange(rule) is { } problem
                ? new DeadlineParse(phrase, null, problem)
                : new DeadlineParse(phrase, rule, null);
        }
        return new DeadlineParse(phrase, null, DeadlineProblems.Explain(clauses));
    }
}

/// <summary>The rule read from <see cref="Phrase"/>, or the <see cref="Problem"/> (in Chinese) a person must settle by hand.</summary>
public sealed record DeadlineParse(string Phrase, DeadlineRule? Rule, string? Problem)
{
    public bool Parsed => Rule is not null;
}
