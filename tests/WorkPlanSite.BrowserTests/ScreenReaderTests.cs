using Microsoft.Playwright;
using WorkPlanSite.BrowserTests.Support;

namespace WorkPlanSite.BrowserTests;

/// <summary>
/// What a screen reader announces, read from Chromium's accessibility tree: landmarks to jump between, one level-1
/// heading, a timeline that is a real table whose rows say what runs when, key dates grouped under headings.
/// The tree of each page is kept as an artefact (artifacts/browser-tests/accessibility-tree/) to be read by a person.
/// </summary>
[Collection(ServedSiteCollection.Name)]
public sealed class ScreenReaderTests(ServedSite site)
{
    [Theory]
    [InlineData("fr", "Langue")]
    [InlineData("en", "Language")]
    public async Task EveryKeyPage_HasItsLandmarks_OneLevelOneHeading_NoDrawnSeparatorReadAloud_AndIsKeptAsAnAccessibilityTree(string language, string switcherName)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var folder = Artifacts.Folder("accessibility-tree");

        foreach (var (name, path) in ExamplePages.KeyPages(language))
        {
            await page.GotoAsync(site.Url(path));

            Assert.Equal(1, await page.GetByRole(AriaRole.Banner).CountAsync());
            Assert.Equal(1, await page.GetByRole(AriaRole.Main).CountAsync());
            Assert.Equal(1, await page.GetByRole(AriaRole.Contentinfo).CountAsync());
            Assert.Equal(1, await page.GetByRole(AriaRole.Navigation, new() { Name = switcherName, Exact = true }).CountAsync());
            Assert.Equal(1, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).CountAsync());
            var tree = await page.Locator("body").AriaSnapshotAsync();
            Assert.DoesNotContain("›", tree);
            await File.WriteAllTextAsync(Path.Combine(folder, $"{language}-{name}.yaml"), tree);
        }
    }

    [Fact]
    public async Task TheTimeline_IsATableWhoseRowsNameTheActivity_SayWhenItRuns_AndMarkTheMonthsItIsUnderWay()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(ExamplePages.Timeline("en")));

        var table = page.GetByRole(AriaRole.Table, new() { Name = "Timeline of activities and key dates: Work Programme 2021-2022" });
        Assert.Equal(1, await table.CountAsync());
        var columns = await table.GetByRole(AriaRole.Columnheader).AllInnerTextsAsync();
        Assert.Equal(["Activity", "When"], columns.Take(2).Select(c => c.Trim()));
        Assert.Contains(columns, c => c.StartsWith("Jan", StringComparison.Ordinal));

        var row = table.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "1.2 Influencing EU policies" }) });
        Assert.Equal(1, await row.CountAsync());
        var cells = await row.GetByRole(AriaRole.Cell).AllInnerTextsAsync();
        Assert.Equal("2021–2022", cells[0].Trim());
        Assert.Equal(24, cells.Skip(1).Count(c => c.Trim() == "under way"));
    }

    [Fact]
    public async Task TheKeyDates_AreGroupedUnderYearAndMonthHeadings_EachDateWrittenOutInFull()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(ExamplePages.KeyDates("fr")));

        var upcoming = page.GetByRole(AriaRole.Region, new() { Name = "À venir" });
        Assert.True(await upcoming.GetByRole(AriaRole.Heading, new() { Level = 3, Name = "2021" }).CountAsync() == 1);
        Assert.True(await upcoming.GetByRole(AriaRole.Heading, new() { Level = 4, Name = "Mai 2021" }).CountAsync() == 1);
        var first = upcoming.GetByRole(AriaRole.Listitem).First;
        Assert.StartsWith("31 mai – 4 juin 2021", (await first.InnerTextAsync()).Trim());
        Assert.Equal("2021-05-31", await first.Locator("time").First.GetAttributeAsync("datetime"));
    }
}
