using Microsoft.Playwright;

namespace WorkPlanSite.BrowserTests.Support;

/// <summary>Moving through a page with the Tab key alone, as a keyboard user does.</summary>
internal static class Keyboard
{
    /// <summary>Presses Tab until the focused element matches the CSS selector; fails after <paramref name="limit"/> presses.</summary>
    public static async Task TabToAsync(IPage page, string selector, int limit = 300)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }
        }

        Assert.Fail($"No element matching '{selector}' reached with {limit} presses of Tab on {page.Url}");
    }

    /// <summary>A short description of the focused element: tag, classes, text.</summary>
    public static Task<string> FocusedAsync(IPage page) => page.EvaluateAsync<string>(
        "() => { const e = document.activeElement; return e ? `${e.tagName.toLowerCase()}${e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : ''} \"${(e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60)}\"` : 'nothing'; }");
}
