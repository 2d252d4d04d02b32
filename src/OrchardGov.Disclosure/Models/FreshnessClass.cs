namespace OrchardGov.Disclosure.Models;

/// <summary>
/// How often inspections expect a column to be updated (国办秘函〔2019〕19号): 动态要闻 every 2 weeks,
/// 通知公告与政策文件 every 6 months, static columns only when their content changes.
/// </summary>
public enum FreshnessClass
{
    News,
    NoticesAndPolicies,
    Static,
}
