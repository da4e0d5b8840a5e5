using Microsoft.Playwright;
using WorkPlanSite.BrowserTests.Support;

namespace WorkPlanSite.BrowserTests;

/// <summary>A programme printed on paper: its content only, where each link leads, each objective on a new page.</summary>
[Collection(ServedSiteCollection.Name)]
public sealed class PrintTests(ServedSite site)
{
    [Fact]
    public async Task APrintedProgramme_HasNoNavigation_ShowsTheAddressOfEachLink_AndStartsEachObjectiveOnANewPage()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(ExamplePages.Programme("en")));

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var selector in new[] { ".skip-link", ".site-header", ".language-switcher", ".breadcrumbs", ".programme-nav", ".site-footer" })
        {
            Assert.Equal("none", await page.Locator(selector).EvaluateAsync<string>("e => getComputedStyle(e).display"));
        }

        var link = page.Locator(".objective h3 a").First;
        var printed = await link.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Contains(site.Url(ExamplePages.Objective("en")), printed);
        var objectives = page.Locator("section.objective");
        Assert.True(await objectives.CountAsync() > 1);
        Assert.Equal("page", await objectives.Nth(1).EvaluateAsync<string>("e => getComputedStyle(e).breakBefore"));

        await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(Artifacts.Folder("print"), "en-programme.pdf"), Format = "A4" });
    }

    [Fact]
    public async Task APrintedTimeline_KeepsItsBars_AndShowsEveryColumn()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(ExamplePages.Timeline("fr")));

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.Equal("visible", await page.Locator(".timeline-scroll").EvaluateAsync<string>("e => getComputedStyle(e).overflowX"));
        Assert.Equal("exact", await page.Locator(".timeline__bar").First.EvaluateAsync<string>("e => getComputedStyle(e).printColorAdjust"));
        await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(Artifacts.Folder("print"), "fr-timeline.pdf"), PreferCSSPageSize = true });
    }
}
