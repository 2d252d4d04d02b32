using OrchardGov.Portal.BrowserTests.Browser;

namespace OrchardGov.Portal.BrowserTests.Pages;

[Collection(PortalCollection.Name)]
public sealed class ReflowTests(PortalBrowser portal)
{
    public static TheoryData<PageKind, int> EveryPageOnPhones() => EveryPage.With(360, 320);

    [SkippableTheory]
    [MemberData(nameof(EveryPageOnPhones))]
    public async Task On_a_phone_no_page_scrolls_sideways(PageKind kind, int width)
    {
        portal.SkipIfUnavailable();
        await using var visitor = await portal.NewVisitorAsync(Viewports.ByWidth(width));
        var page = await portal.OpenAsync(visitor, kind);

        var overflow = await PageProbe.HorizontalOverflowAsync(page);

        Assert.True(overflow is null, $"{kind} ({portal.Township.Paths[kind]}) at {width}px scrolls sideways: {overflow}");
    }
}
