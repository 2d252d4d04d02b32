using System.Text.Json;
using Microsoft.Playwright;

namespace OrchardGov.Portal.BrowserTests.Browser;

/// <summary>What has the keyboard focus, as a visitor would see it: which element, where it leads, and whether the focus shows.</summary>
public sealed record FocusedElement(string Tag, string Href, string Text, bool LeadsToMain, bool InMain, bool IsMain, bool ShowsFocus, string FocusStyle)
{
    private const string Script = """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body || el === document.documentElement) return null;
          const style = getComputedStyle(el);
          const href = el.getAttribute('href') || '';
          const target = href.startsWith('#') && href.length > 1 ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
          const isMain = e => !!e && (e.tagName === 'MAIN' || e.getAttribute('role') === 'main');
          const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          const shadowed = !!style.boxShadow && style.boxShadow !== 'none';
          return {
            tag: el.tagName.toLowerCase(),
            href: el.href || '',
            text: (el.innerText || el.textContent || '').trim().replace(/\s+/g, ' '),
            leadsToMain: !!target && (isMain(target) || !!target.closest('main, [role=main]')),
            inMain: !!el.closest('main, [role=main]'),
            isMain: isMain(el),
            showsFocus: outlined || shadowed,
            focusStyle: `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: ${style.boxShadow}`,
          };
        }
        """;

    public static async Task<FocusedElement?> OfAsync(IPage page)
    {
        var found = await page.EvaluateAsync<JsonElement?>(Script);
        if (found is not { ValueKind: JsonValueKind.Object } json)
        {
            return null;
        }

        return new FocusedElement(
            json.GetProperty("tag").GetString()!, json.GetProperty("href").GetString()!, json.GetProperty("text").GetString()!,
            json.GetProperty("leadsToMain").GetBoolean(), json.GetProperty("inMain").GetBoolean(), json.GetProperty("isMain").GetBoolean(),
            json.GetProperty("showsFocus").GetBoolean(), json.GetProperty("focusStyle").GetString()!);
    }

    public override string ToString() => $"<{Tag}> “{Text}” {Href}".TrimEnd();
}
