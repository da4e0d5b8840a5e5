using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkPlanSite.BrowserTests.Support;

namespace WorkPlanSite.BrowserTests;

/// <summary>
/// The example site's main menu (a "Programmes" entry over the three programmes, "About this site") and its footer
/// menu, as a visitor uses them: whole on a phone without JavaScript, opened and followed with the keyboard alone, the
/// current page's entry marked for screen readers.
/// </summary>
[Collection(ServedSiteCollection.Name)]
public sealed class MenuTests(ServedSite site)
{
    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task WithoutJavaScript_TheMainMenu_FitsTheScreen_OpensWithTheKeyboard_AndLeadsToAProgramme(int width)
    {
        await using var context = await site.NewContextAsync(width: width, height: 720, javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(ExamplePages.Home("en")));
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu", Exact = true });

        // Every entry is on screen, within the width: none hidden behind a button that needs a script.
        foreach (var entry in await menu.Locator(".main-menu__list > li > a, .main-menu__list > li > details > summary").AllAsync())
        {
            await Assertions.Expect(entry).ToBeVisibleAsync();
            var box = (await entry.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= width, $"{await entry.TextContentAsync()} lies outside the {width} px screen");
        }

        await Keyboard.TabToAsync(page, ".main-menu summary");
        await page.Keyboard.PressAsync("Enter");
        var cemr = menu.GetByRole(AriaRole.Link, new() { Name = "CEMR 2021-2022", Exact = true });
        await Assertions.Expect(cemr).ToBeVisibleAsync();
        await Assertions.Expect(cemr).ToBeInViewportAsync();
        var cemrBox = (await cemr.BoundingBoxAsync())!;
        Assert.True(cemrBox.X + cemrBox.Width <= width, $"the opened entries lie outside the {width} px screen");

        await Keyboard.TabToAsync(page, ".main-menu details a");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(site.Url(ExamplePages.Programme("en")));
    }

    [Fact]
    public async Task TheEntryOfThePageShown_IsTheCurrentPage_ForScreenReaders_InBothMenus()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(ExamplePages.About("fr")));

        var main = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal", Exact = true });
        var footer = page.GetByRole(AriaRole.Navigation, new() { Name = "Liens du site", Exact = true });
        Assert.Equal("page", await main.GetByRole(AriaRole.Link, new() { Name = "À propos de ce site" }).GetAttributeAsync("aria-current"));
        Assert.Equal("page", await footer.GetByRole(AriaRole.Link, new() { Name = "À propos de ce site" }).GetAttributeAsync("aria-current"));

        await footer.GetByRole(AriaRole.Link, new() { Name = "Déclaration d'accessibilité" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.Url(ExamplePages.AccessibilityStatement("fr")));
        Assert.Null(await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal", Exact = true })
            .GetByRole(AriaRole.Link, new() { Name = "À propos de ce site" }).GetAttributeAsync("aria-current"));

        // On a programme's timeline, the programme's entry holds the page shown.
        await page.GotoAsync(site.Url(ExamplePages.Timeline("fr")));
        await Assertions.Expect(page.Locator(".main-menu summary")).ToHaveClassAsync(new Regex("is-current"));
        Assert.Equal("true", await page.Locator(".main-menu a[href$='/programmes/ccre-2021-2022/']").GetAttributeAsync("aria-current"));
    }
}
