namespace OrchardGov.Disclosure.Models;

/// <summary>公开层级: the government level that discloses the item.</summary>
public enum DisclosureLevel
{
    County,
    Township,
}
