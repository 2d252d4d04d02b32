namespace OrchardGov.Disclosure.Services.Review;

/// <summary>A domain marked or unmarked 未涉及, or whose 未涉及 reason was reworded. A reason is empty where the domain applies.</summary>
public sealed record DomainChange(string Key, string Name, DomainChangeKind Kind, string ReasonBefore, string ReasonAfter);
