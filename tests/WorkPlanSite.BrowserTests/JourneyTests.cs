using Microsoft.Playwright;
using WorkPlanSite.BrowserTests.Support;

namespace WorkPlanSite.BrowserTests;

/// <summary>A visitor's way through the site by real clicks, under the sub-path the site is published at.</summary>
[Collection(ServedSiteCollection.Name)]
public sealed class JourneyTests(ServedSite site)
{
    [Fact]
    public async Task AFrenchBrowser_OpeningTheSiteRoot_LandsOnTheFrenchHomePage()
    {
        await using var context = await site.NewContextAsync(locale: "fr-FR");
        var page = await context.NewPageAsync();

        await page.GotoAsync(site.Url(""));
        await Assertions.Expect(page).ToHaveURLAsync(site.Url("fr/"));

        Assert.Equal("fr", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(1, await page.Locator("h1").CountAsync());
    }

    [Theory]
    [InlineData("home")]
    [InlineData("programme")]
    [InlineData("activity")]
    [InlineData("timeline")]
    public async Task TheLanguageSwitcher_LeadsToTheSamePageInTheOtherLanguage(string pageName)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var french = ExamplePages.KeyPages("fr").Single(p => p.Name == pageName).Path;
        var english = ExamplePages.KeyPages("en").Single(p => p.Name == pageName).Path;
        await page.GotoAsync(site.Url(french));

        var switcher = page.GetByRole(AriaRole.Navigation, new() { Name = "Langue" });
        await switcher.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(site.Url(english));
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        var back = page.GetByRole(AriaRole.Navigation, new() { Name = "Language" }).GetByRole(AriaRole.Link, new() { Name = "Français" });
        Assert.Equal("fr", await back.GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task AVisitor_GoesFromHome_ToAProgramme_AnObjective_AnActivity_AndItsRowOnTheTimeline()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(ExamplePages.Home("en")));

        await page.GetByRole(AriaRole.Link, new() { Name = "Work Programme 2021-2022", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.Url(ExamplePages.Programme("en")));

        await page.Locator(".objective h3 a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.Url(ExamplePages.Objective("en")));
        Assert.StartsWith("Objective 1: Be the essential reference", await Heading(page));

        var activityLink = page.Locator(".card__title a").Nth(1);
        var activityTitle = await activityLink.EvaluateAsync<string>(
            "a => [...a.childNodes].filter(n => !n.classList?.contains('code')).map(n => n.textContent).join('').trim()");
        await activityLink.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.Url(ExamplePages.Activity("en")));
        Assert.EndsWith(activityTitle, await Heading(page));

        await page.Locator(".page-header .eyebrow a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.Url(ExamplePages.Programme("en")));
        await page.Locator(".programme-nav").GetByRole(AriaRole.Link, new() { Name = "Timeline" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.Url(ExamplePages.Timeline("en")));

        var row = page.GetByRole(AriaRole.Rowheader).Filter(new() { HasText = activityTitle });
        Assert.Equal("/work-plans/" + ExamplePages.Activity("en"), await row.GetByRole(AriaRole.Link).GetAttributeAsync("href"));
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.Url(ExamplePages.Activity("en")));
    }

    private static async Task<string> Heading(IPage page) =>
        string.Join(' ', (await page.Locator("h1").InnerTextAsync()).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
