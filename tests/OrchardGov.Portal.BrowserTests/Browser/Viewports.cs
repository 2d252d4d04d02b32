using Microsoft.Playwright;

namespace OrchardGov.Portal.BrowserTests.Browser;

/// <summary>The screens the portal is checked on: an office desktop, a common phone, and the 320 px reflow width of WCAG 1.4.10.</summary>
public static class Viewports
{
    public static ViewportSize Desktop => new() { Width = 1280, Height = 800 };

    public static ViewportSize Phone => new() { Width = 360, Height = 740 };

    public static ViewportSize Reflow => new() { Width = 320, Height = 740 };

    public static ViewportSize ByWidth(int width) => width switch
    {
        1280 => Desktop,
        360 => Phone,
        320 => Reflow,
        _ => throw new ArgumentOutOfRangeException(nameof(width), width, "Screens checked: 1280, 360 and 320 px wide."),
    };
}
