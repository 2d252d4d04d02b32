using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Web.Admin;

/// <summary>
/// From a site's settings a new site is created only directly below it: its division code's parent must be the
/// site, so a county creates its townships and never another county's.
/// </summary>
public static class ChildSiteRule
{
    public static Division Check(DivisionDirectory divisions, Site parent, string code)
    {
        var trimmed = code.Trim();
        var division = divisions.Find(trimmed) ?? throw new UserInputException(
            $"“{trimmed}”不是统计用区划代码；请填写{parent.Name}下一级区划的代码（如 {Example(divisions, parent)}）。");
        if (division.ParentCode != parent.Code)
        {
            var above = division.ParentCode is { } parentCode && divisions.Find(parentCode) is { } upper ? $"{upper.Name}（{upper.Code}）" : "无";
            throw new UserInputException(
                $"{division.Name}（{division.Code}）的上级区划是{above}，不在{parent.Name}（{parent.Code}）的正下方；"
                + "只能在这里创建本站点的下一级站点。");
        }

        return division;
    }

    /// <summary>The divisions directly below the site that have no site yet.</summary>
    public static IReadOnlyList<Division> Missing(DivisionDirectory divisions, Site parent, IReadOnlyCollection<Site> children)
    {
        var existing = children.Select(child => child.Code).ToHashSet(StringComparer.Ordinal);
        return divisions.ChildrenOf(parent.Code).Where(division => !existing.Contains(division.Code)).ToList();
    }

    private static string Example(DivisionDirectory divisions, Site parent) =>
        divisions.ChildrenOf(parent.Code).FirstOrDefault()?.Code ?? "431202001";
}
