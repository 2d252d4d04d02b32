namespace OrchardGov.Disclosure.Services.Review;

/// <summary>How a domain's 未涉及 mark differs between two catalog versions.</summary>
public enum DomainChangeKind
{
    MarkedNotApplicable,
    UnmarkedNotApplicable,
    ReasonChanged,
}
