namespace OrchardGov.Disclosure.Models;

/// <summary>公开对象: 全社会 or 特定群体.</summary>
public enum Audience
{
    Public,
    SpecificGroup,
}
