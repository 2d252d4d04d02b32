namespace OrchardGov.ContentManagement.Audit;

/// <summary>
/// How a module names its audit actions in the admin: labels of actions (<c>article.publish</c> → 发布文章) and of
/// action prefixes that the search offers (<c>article.</c> → 文章（全部）). Modules register one each.
/// </summary>
public sealed record AuditActionLabels(IReadOnlyDictionary<string, string> Labels, IReadOnlyDictionary<string, string> Groups);
