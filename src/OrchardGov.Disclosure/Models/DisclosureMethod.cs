namespace OrchardGov.Disclosure.Models;

/// <summary>公开方式: 主动公开, 依申请公开, or 不予公开 (on the 负面清单, with its legal reason).</summary>
public enum DisclosureMethod
{
    Proactive,
    OnRequest,
    Withheld,
}
