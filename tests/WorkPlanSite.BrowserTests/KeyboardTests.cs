using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkPlanSite.BrowserTests.Support;

namespace WorkPlanSite.BrowserTests;

/// <summary>Everything a mouse user can reach, a keyboard user reaches too, and always sees where the focus is.</summary>
[Collection(ServedSiteCollection.Name)]
public sealed class KeyboardTests(ServedSite site)
{
    [Fact]
    public async Task TheFirstTabStop_IsAVisibleSkipLink_AndEnterMovesTheFocusToTheMainContent()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(ExamplePages.Programme("en")));

        await page.Keyboard.PressAsync("Tab");

        var skip = page.Locator(".skip-link");
        Assert.True(await skip.EvaluateAsync<bool>("e => e === document.activeElement"), "focused: " + await Keyboard.FocusedAsync(page));
        Assert.Equal("Skip to content", (await skip.InnerTextAsync()).Trim());
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { Y: >= 0, Height: > 0 } && box.Y + box.Height <= 800, "the skip link is not on screen when focused");

        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("main#main")).ToBeFocusedAsync();
    }

    [Theory]
    [InlineData("programme", 1280)]
    [InlineData("activity", 1280)]
    [InlineData("timeline", 1280)]
    [InlineData("key-dates", 1280)]
    [InlineData("about", 1280)]
    [InlineData("programme", 360)]
    [InlineData("timeline", 360)]
    [InlineData("about", 360)]
    public async Task EveryTabStop_IsOnScreen_WithAFocusOutline_OfAtLeastTwoPixels_ThatContrastsThreeToOneWithItsBackground(string pageName, int width)
    {
        await using var context = await site.NewContextAsync(width: width);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(ExamplePages.KeyPages("en").Single(p => p.Name == pageName).Path));
        var missing = new List<string>();
        var stops = 0;

        for (; stops < 400; stops++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<FocusStyle?>("""
                () => {
                  const e = document.activeElement;
                  if (!e || e === document.body) return null;
                  const s = getComputedStyle(e);
                  // The outline is drawn outside the element, on the background of the nearest painted ancestor.
                  let back = 'rgb(255, 255, 255)';
                  for (let a = e.parentElement; a; a = a.parentElement) {
                    const c = getComputedStyle(a).backgroundColor;
                    if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { back = c; break; }
                  }
                  const luminance = rgb => {
                    const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map(v => {
                      v = Number(v) / 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
                    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
                  };
                  const [hi, lo] = [luminance(s.outlineColor), luminance(back)].sort((x, y) => y - x);
                  // On screen, and not under something else such as the timeline's sticky column: the middle of the
                  // visible part of one of its boxes (a wrapped link has one a line) shows the element itself.
                  const onScreen = [...e.getClientRects()].some(q => {
                    const left = Math.max(q.left, 0), right = Math.min(q.right, innerWidth);
                    const top = Math.max(q.top, 0), bottom = Math.min(q.bottom, innerHeight);
                    return right > left && bottom > top && e.contains(document.elementFromPoint((left + right) / 2, (top + bottom) / 2));
                  });
                  return {
                    onScreen,
                    outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0,
                    contrast: (hi + 0.05) / (lo + 0.05), isSkipLink: e.classList.contains('skip-link') };
                }
                """);
            if (focus is null || (stops > 0 && focus.IsSkipLink))
            {
                break;
            }

            if (!focus.OnScreen || focus.OutlineStyle == "none" || focus.OutlineWidth < 2 || focus.Contrast < 3)
            {
                missing.Add(await Keyboard.FocusedAsync(page) +
                            $" (on screen: {focus.OnScreen}, outline {focus.OutlineStyle} {focus.OutlineWidth}px, contrast {focus.Contrast:0.00}:1)");
            }
        }

        Assert.True(stops > 5, $"only {stops} tab stops on {pageName}");
        Assert.True(missing.Count == 0, "no visible focus on:\n" + string.Join('\n', missing));
    }

    [Fact]
    public async Task TheLanguageSwitcher_IsReachedAndFollowedWithTheKeyboardAlone()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(ExamplePages.Activity("fr")));

        await Keyboard.TabToAsync(page, ".language-switcher a");
        Assert.Equal("English", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(site.Url(ExamplePages.Activity("en")));
    }

    [Fact]
    public async Task OnAPhone_TheTimeline_IsATabStop_ThatTheArrowKeysScrollSideways_AndItsKeyDatesAreLinks()
    {
        await using var context = await site.NewContextAsync(width: 360, height: 740);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(ExamplePages.Timeline("en")));
        var region = page.GetByRole(AriaRole.Region, new() { Name = "Timeline of activities and key dates: Work Programme 2021-2022" });

        await Keyboard.TabToAsync(page, ".timeline-scroll");
        for (var i = 0; i < 10; i++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }

        Assert.True(await region.EvaluateAsync<double>("e => e.scrollLeft") > 0, "the arrow keys did not scroll the timeline");

        await Keyboard.TabToAsync(page, ".milestone");
        var target = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(target) + "$"));
        await Assertions.Expect(page.Locator(target)).ToBeInViewportAsync();
    }

    private sealed class FocusStyle
    {
        public bool OnScreen { get; set; }

        public string OutlineStyle { get; set; } = "";

        public double OutlineWidth { get; set; }

        public double Contrast { get; set; }

        public bool IsSkipLink { get; set; }
    }
}
