namespace OrchardGov.Disclosure.Models;

/// <summary>有效性 of a published document.</summary>
public enum Validity
{
    Valid,
    Amended,
    Repealed,
}
