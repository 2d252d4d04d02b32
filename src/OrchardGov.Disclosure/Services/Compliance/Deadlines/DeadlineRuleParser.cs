namespace OrchardGov.Disclosure.Services.Compliance.Deadlines;

/// <summary>Reads a <see cref="DeadlineRule"/> from a 公开时限 phrase, or says why it cannot.</summary>
public static class DeadlineRuleParser
{
    public static DeadlineParse Parse(string phrase) => throw new NotImplementedException();
}

/// <summary>The rule read from <see cref="Phrase"/>, or the <see cref="Problem"/> (in Chinese) a person must settle by hand.</summary>
public sealed record DeadlineParse(string Phrase, DeadlineRule? Rule, string? Problem)
{
    public bool Parsed => Rule is not null;
}
