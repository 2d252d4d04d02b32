namespace OrchardGov.Disclosure.Services.Compliance.Reports;

/// <summary>
/// A proactive catalog entry with a problem; <see cref="Domain"/> is the domain's key, <see cref="DomainName"/> its name;
/// <see cref="Due"/> is the deadline that was missed, when there is one.
/// </summary>
public sealed record EntryFinding(string EntryId, string Domain, string DomainName, string Category, string Item, EntryProblem Problem, DateOnly? Due);
