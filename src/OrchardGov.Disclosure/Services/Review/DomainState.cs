namespace OrchardGov.Disclosure.Services.Review;

/// <summary>A domain as a catalog version recorded it: whether it was marked 未涉及, and the reason given.</summary>
public sealed record DomainState(string Key, string Name, bool NotApplicable, string Reason);
