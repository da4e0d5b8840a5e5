using Microsoft.Playwright;
using WorkPlanSite.BrowserTests.Support;

namespace WorkPlanSite.BrowserTests;

/// <summary>
/// Reflow (WCAG 1.4.10): at 320 CSS pixels wide, which is 1280 pixels at 400 % zoom, and at 640, which is 200 %,
/// nothing makes the page itself scroll sideways. Only the timeline may, inside its own scroll region.
/// </summary>
[Collection(ServedSiteCollection.Name)]
public sealed class LayoutTests(ServedSite site)
{
    private const string Overflow = """
        () => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) return [];
          return [...document.body.querySelectorAll('*')]
            .filter(e => !e.closest('.timeline-scroll, .visually-hidden') && e.getBoundingClientRect().right > width + 0.5)
            .slice(0, 3)
            .map(e => `${e.tagName.toLowerCase()}${e.className ? '.' + String(e.className).trim().split(/\s+/).join('.') : ''} ends at ${Math.round(e.getBoundingClientRect().right)}px`);
        }
        """;

    [Theory]
    [InlineData(320)]
    [InlineData(640)]
    public async Task EveryPage_FitsTheWidth_WithoutScrollingSideways(int width)
    {
        await using var context = await site.NewContextAsync(width: width, height: 720);
        var page = await context.NewPageAsync();
        var problems = new List<string>();

        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.Url(path));
            var wide = await page.EvaluateAsync<string[]>(Overflow);
            if (wide.Length > 0)
            {
                problems.Add($"{path}: {string.Join("; ", wide)}");
            }
        }

        Assert.True(problems.Count == 0, $"pages wider than {width} px:\n" + string.Join('\n', problems));
    }

    [Fact]
    public async Task WithTheTextSpacingOfWcag_1_4_12_NoTextIsCutOff_AndNoPageScrollsSideways_OnAPhone()
    {
        await using var context = await site.NewContextAsync(width: 320, height: 720);
        var page = await context.NewPageAsync();
        var problems = new List<string>();

        foreach (var language in ExamplePages.Languages)
        {
            foreach (var (_, path) in ExamplePages.KeyPages(language))
            {
                await page.GotoAsync(site.Url(path));
                await page.AddStyleTagAsync(new PageAddStyleTagOptions
                {
                    Content = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } " +
                              "p { margin-block-end: 2em !important; }",
                });
                var wide = await page.EvaluateAsync<string[]>(Overflow);
                var clipped = await page.EvaluateAsync<string[]>("""
                    () => [...document.body.querySelectorAll('*')]
                      .filter(e => !e.closest('.visually-hidden, .skip-link, .timeline-scroll'))
                      .filter(e => { const s = getComputedStyle(e); return s.overflow !== 'visible' && e.scrollHeight > e.clientHeight + 1; })
                      .map(e => `${e.tagName.toLowerCase()}.${String(e.className)} cuts ${e.scrollHeight - e.clientHeight}px`)
                    """);
                problems.AddRange(wide.Concat(clipped).Select(p => $"{path}: {p}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task OnAPhone_TheTimeline_ScrollsInsideItsOwnRegion()
    {
        await using var context = await site.NewContextAsync(width: 320, height: 720);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(ExamplePages.Timeline("fr")));

        var region = page.Locator(".timeline-scroll");
        Assert.True(await region.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"), "the timeline should be wider than a phone");
        Assert.Equal("auto", await region.EvaluateAsync<string>("e => getComputedStyle(e).overflowX"));
    }

    [Fact]
    public async Task KeyPages_InBothLanguages_AtPhoneAndDesktopWidths_AreKeptAsScreenshots()
    {
        var folder = Artifacts.Folder("screenshots");
        var written = new List<string>();
        foreach (var width in new[] { 360, 1280 })
        {
            await using var context = await site.NewContextAsync(width: width, height: width < 1000 ? 740 : 800);
            var page = await context.NewPageAsync();
            foreach (var language in ExamplePages.Languages)
            {
                foreach (var (name, path) in ExamplePages.KeyPages(language))
                {
                    await page.GotoAsync(site.Url(path));
                    var file = Path.Combine(folder, $"{language}-{name}-{width}.png");
                    // The whole height, at the viewport's width: the timeline's scroll region would otherwise widen the picture.
                    var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
                    await page.ScreenshotAsync(new PageScreenshotOptions
                    {
                        Path = file,
                        FullPage = true,
                        Clip = new Clip { X = 0, Y = 0, Width = width, Height = height },
                    });
                    written.Add(file);
                }
            }
        }

        Assert.Equal(2 * 2 * ExamplePages.KeyPages("en").Count(), written.Count);
        Assert.All(written, file => Assert.True(new FileInfo(file).Length > 1000, file));
    }
}
