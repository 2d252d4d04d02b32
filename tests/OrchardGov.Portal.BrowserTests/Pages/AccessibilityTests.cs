using OrchardGov.Portal.BrowserTests.Browser;

namespace OrchardGov.Portal.BrowserTests.Pages;

[Collection(PortalCollection.Name)]
public sealed class AccessibilityTests(PortalBrowser portal)
{
    public static TheoryData<PageKind, bool> EveryPageInBothModes() => EveryPage.With(false, true);

    [SkippableTheory]
    [MemberData(nameof(EveryPageInBothModes))]
    public async Task Every_page_has_no_serious_or_critical_WCAG_2_1_AA_violation_in_normal_and_elderly_mode(PageKind kind, bool elderly)
    {
        portal.SkipIfUnavailable();
        await using var visitor = await portal.NewVisitorAsync(Viewports.Desktop, elderly);
        var page = await portal.OpenAsync(visitor, kind);

        var violations = await AxeCheck.BlockingViolationsAsync(page);

        Assert.True(violations.Count == 0,
            $"{kind} ({portal.Township.Paths[kind]}, {(elderly ? "适老化模式" : "normal mode")}) has {violations.Count} serious or critical axe violation(s):"
            + Environment.NewLine + AxeCheck.Describe(violations));
    }
}
