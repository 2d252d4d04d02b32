using System.Text.Json;
using Microsoft.Playwright;

namespace OrchardGov.Portal.BrowserTests.Browser;

/// <summary>What a page looks like to a visitor, read from the rendered page.</summary>
public static class PageProbe
{
    public static Task<bool> IsElderlyAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('elderly') || document.body.classList.contains('elderly')");

    public static Task<double> BodyFontSizeAsync(IPage page) =>
        page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.body).fontSize)");

    /// <summary>Null when the page fits the window; otherwise the widths and the elements that stick out on the right.</summary>
    public static async Task<string?> HorizontalOverflowAsync(IPage page)
    {
        var result = await page.EvaluateAsync<JsonElement>("""
            () => {
              const width = window.innerWidth;
              const scrollWidth = document.documentElement.scrollWidth;
              if (scrollWidth <= width) return null;
              const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('');
              const path = e => { const parts = []; for (let n = e; n && n !== document.body && parts.length < 4; n = n.parentElement) parts.unshift(name(n)); return parts.join(' > '); };
              const offenders = [...document.body.querySelectorAll('*')]
                .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > width + 0.5; })
                .slice(0, 6)
                .map(e => `${path(e)} (right edge ${Math.round(e.getBoundingClientRect().right)}px)`);
              const where = offenders.length > 0 ? offenders.join('; ') : 'no element box; look for a pseudo-element, a margin or a transform';
              return `scrollWidth ${scrollWidth}px > window ${width}px; sticking out: ${where}`;
            }
            """);
        return result.ValueKind == JsonValueKind.String ? result.GetString() : null;
    }

    /// <summary>Label → value pairs the page shows as <c>dt</c>/<c>dd</c> or row headers, whitespace folded.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> LabelledValuesAsync(IPage page)
    {
        var pairs = await page.EvaluateAsync<Dictionary<string, string>>("""
            () => {
              const fold = s => (s || '').replace(/\s+/g, ' ').trim();
              const pairs = {};
              for (const label of document.querySelectorAll('main dt, main th[scope=row]')) {
                const value = label.nextElementSibling;
                const key = fold(label.textContent).replace(/[：:]$/, '');
                if (value && !(key in pairs)) pairs[key] = fold(value.innerText);
              }
              return pairs;
            }
            """);
        return pairs ?? [];
    }

    public static async Task<IReadOnlyList<string>> ArticleLinkTitlesAsync(IPage page) =>
        await page.Locator("main a[href$='.html']").AllInnerTextsAsync();

    public static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
