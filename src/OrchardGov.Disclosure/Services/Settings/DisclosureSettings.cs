using OrchardGov.Disclosure.Services.IndexNumbers;

namespace OrchardGov.Disclosure.Services.Settings;

/// <summary>
/// A site's disclosure settings: its 统一社会信用代码 (used by the 索引号), its 索引号 rule, and whether articles
/// need a reviewer's approval before they are published.
/// </summary>
public sealed record DisclosureSettings
{
    public string OrganisationCode { get; init; } = "";
    public string IndexNumberRule { get; init; } = IndexNumbers.IndexNumberRule.Default;
    public bool RequireArticleReview { get; init; }
}
