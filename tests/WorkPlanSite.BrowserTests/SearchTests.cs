using Microsoft.Playwright;
using WorkPlanSite.BrowserTests.Support;

namespace WorkPlanSite.BrowserTests;

/// <summary>
/// The search, as a member uses it on the example site published under a sub-path: from the header's search box of any
/// page, in the page's language, to the pages found, each with its kind and programme; by keyboard alone; announced to
/// screen readers; with no axe violation once the results are shown.
/// </summary>
[Collection(ServedSiteCollection.Name)]
public sealed class SearchTests(ServedSite site)
{
    private static readonly PageWaitForFunctionOptions Wait = new() { Timeout = 15000 };

    [Fact]
    public async Task A_French_word_of_a_CCRE_activity_searched_from_a_French_page_leads_to_that_activity()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(ExamplePages.Programme("fr")));

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Rechercher dans le site" }).FillAsync("plaidoyer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await ResultsAsync(page);

        Assert.StartsWith(site.Url(ExamplePages.Search("fr")), page.Url);
        var activity = new Uri(site.Url(ExamplePages.Activity("fr"))).AbsolutePath;
        var result = page.Locator($".search-result:has(a[href='{activity}'])");
        Assert.Equal(1, await result.CountAsync());
        Assert.Equal("Activité · Programme de travail 2021-2022", (await result.Locator(".search-result__kind").TextContentAsync())?.Trim());
        Assert.True(await result.Locator(".search-result__excerpt mark").CountAsync() > 0);

        await result.Locator("a").ClickAsync();
        await page.WaitForURLAsync(site.Url(ExamplePages.Activity("fr")));
    }

    [Fact]
    public async Task An_English_query_from_an_English_page_finds_English_pages_only()
    {
        await using var context = await site.NewContextAsync(locale: "en-GB");
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(ExamplePages.Search("en")) + "?q=cities");
        await ResultsAsync(page);

        var links = await page.Locator(".search-result__title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.True(links.Length > 1, $"{links.Length} result(s)");
        Assert.All(links, href => Assert.StartsWith("/" + ServedSite.SubPath + "/en/", href));
        var status = await page.Locator("#search-status").TextContentAsync();
        Assert.Equal($"{links.Length} results for “cities”.", status);
    }

    [Fact]
    public async Task The_search_works_by_keyboard_alone_and_announces_the_number_of_results()
    {
        await using var context = await site.NewContextAsync(locale: "en-GB");
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(ExamplePages.Home("en")));

        await Keyboard.TabToAsync(page, "#site-search-query");
        await page.Keyboard.TypeAsync("climate");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/en/search/", StringComparison.Ordinal));
        await ResultsAsync(page);

        var status = page.Locator("#search-status");
        Assert.Equal("status", await status.GetAttributeAsync("role"));
        Assert.Equal("polite", await status.GetAttributeAsync("aria-live"));
        Assert.Matches(@"^\d+ results? for “climate”\.$", (await status.TextContentAsync())!);

        // The form keeps the words; from it, Tab reaches the results in order.
        Assert.Equal("climate", await page.Locator("#search-query").InputValueAsync());
        await page.Locator("#search-query").FocusAsync();
        await Keyboard.TabToAsync(page, ".search-result__title a", limit: 5);
        var target = await page.EvaluateAsync<string>("() => document.activeElement.href");
        Assert.False(string.IsNullOrEmpty(target), "Tab did not reach a result's link.");

        // Listening before the key is pressed, so that a navigation that ends at once is not missed.
        var navigated = page.WaitForURLAsync(target);
        await page.Keyboard.PressAsync("Enter");
        await navigated;
    }

    [Fact]
    public async Task The_search_page_with_its_results_shown_has_no_axe_violation()
    {
        await using var context = await site.NewContextAsync();
        await AxeCheck.AddToAsync(context);
        var page = await context.NewPageAsync();
        foreach (var (language, query) in new[] { ("fr", "climat"), ("en", "climate") })
        {
            await page.GotoAsync(site.Url(ExamplePages.Search(language)) + "?q=" + query);
            await ResultsAsync(page);
            var report = await AxeCheck.RunAsync(page, ExamplePages.Search(language) + "?q=" + query);
            Assert.True(report.Violations.Count == 0, string.Join('\n', report.Violations));
        }
    }

    [Fact]
    public async Task Every_page_but_the_search_page_has_the_search_box_with_a_visible_label()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        foreach (var language in ExamplePages.Languages)
        {
            foreach (var (name, path) in ExamplePages.KeyPages(language).Append(("print", ExamplePages.Print(language))))
            {
                await page.GotoAsync(site.Url(path));
                var label = page.Locator("label[for='site-search-query']");
                Assert.True(await label.IsVisibleAsync(), $"{language} {name}: no visible label");
                Assert.Equal(new Uri(site.Url(ExamplePages.Search(language))).AbsolutePath, await page.Locator("form.site-search").GetAttributeAsync("action"));
            }
        }
    }

    // Results listed and counted: the status no longer says it is searching.
    private static Task ResultsAsync(IPage page) => page.WaitForFunctionAsync(
        "() => { const s = document.getElementById('search-status'); return s && s.textContent && document.querySelectorAll('.search-result').length > 0 && !s.textContent.endsWith('…'); }",
        null, Wait);
}
