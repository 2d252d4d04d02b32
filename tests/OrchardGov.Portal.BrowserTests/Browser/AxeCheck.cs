using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace OrchardGov.Portal.BrowserTests.Browser;

/// <summary>axe-core with the WCAG 2.1 A and AA rules; what blocks is a violation of serious or critical impact.</summary>
public static class AxeCheck
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    public static async Task<IReadOnlyList<AxeResultItem>> BlockingViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
        return result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
    }

    /// <summary>One line per rule: its id, impact, what it asks, how many elements fail and the first of their selectors.</summary>
    public static string Describe(IEnumerable<AxeResultItem> violations) => string.Join(Environment.NewLine, violations.Select(v =>
        $"  {v.Id} ({v.Impact}): {v.Help} — {v.Nodes.Length} element(s), e.g. "
        + string.Join(" | ", v.Nodes.Take(3).Select(n => $"{n.Target} {Shorten(n.Html)}"))));

    private static string Shorten(string html) => html.Length <= 120 ? html : html[..117] + "...";
}
