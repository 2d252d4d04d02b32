namespace OrchardGov.Disclosure.Services.Compliance.Reports;

/// <summary>A 公开时限 no rule could be read from, with why and the entries that use it, for a person to set a rule by hand.</summary>
public sealed record PhraseNeedingRule(string Phrase, string Problem, IReadOnlyList<string> Entries);
