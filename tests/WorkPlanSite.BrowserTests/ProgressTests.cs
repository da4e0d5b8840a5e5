using Microsoft.Playwright;
using WorkPlanSite.BrowserTests.Support;

namespace WorkPlanSite.BrowserTests;

/// <summary>
/// Progress as readers meet it, on the site <c>init</c> writes: the progress page and the pages that show a status pass
/// axe-core and the Nu HTML checker, and a status is announced as words (its shape is not read aloud), a bar with its
/// figure, milestones with whether they are done.
/// </summary>
[Collection(ServedSampleSiteCollection.Name)]
public sealed class ProgressTests(ServedSampleSite site)
{
    [Fact]
    public async Task EveryPageShowingProgress_HasNoAxeViolation_OfWcag21LevelAA()
    {
        await using var context = await site.NewContextAsync();
        await AxeCheck.AddToAsync(context);
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        foreach (var path in ServedSampleSite.ProgressPages)
        {
            var response = await page.GotoAsync(site.Url(path));
            Assert.True(response?.Ok, path + " did not load");
            violations.AddRange((await AxeCheck.RunAsync(page, path)).Violations);
        }

        Assert.True(violations.Count == 0, $"{violations.Count} axe-core violation(s):\n" + string.Join('\n', violations));
    }

    [Fact]
    public async Task EveryPageShowingProgress_AndTheStylesheet_HaveNoNuHtmlCheckerError()
    {
        var files = ServedSampleSite.ProgressPages.Select(p => p + "index.html").Append("assets/style.css").ToList();
        var errors = await NuHtmlChecker.ErrorsAsync(site.OutputDirectory, files);
        Assert.True(errors.Count == 0, $"{errors.Count} Nu HTML checker error(s):\n" + string.Join('\n', errors));
    }

    [Theory]
    [InlineData("fr", "En cours", "En retard", "Activités en retard")]
    [InlineData("en", "Under way", "Late", "Late activities")]
    public async Task AStatus_IsAnnouncedAsWords_WithoutItsShape(string language, string underWay, string late, string lateHeading)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(ServedSampleSite.ProgressPage(language)));

        var lateSection = page.GetByRole(AriaRole.Region, new() { Name = lateHeading });
        var tree = await lateSection.AriaSnapshotAsync();
        Assert.Contains($"{underWay} {late}", tree);
        Assert.DoesNotContain("◐", tree);
        Assert.DoesNotContain("!", tree);
        await File.WriteAllTextAsync(Path.Combine(Artifacts.Folder("accessibility-tree"), $"{language}-progress.yaml"), await page.Locator("main").AriaSnapshotAsync());

        // The shapes are there for the eye, beside the words.
        Assert.Equal("◐", (await lateSection.Locator(".status--under-way .status__shape").First.InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task AnActivity_AnnouncesItsStatusFigureAndMilestonesAsText()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(ServedSampleSite.ActivityPage("en")));

        var progress = page.GetByRole(AriaRole.Region, new() { Name = "Progress" });
        var tree = await progress.AriaSnapshotAsync();
        Assert.Contains("Under way", tree);
        Assert.Contains("40%", tree);
        Assert.DoesNotContain("meter", tree);
        Assert.Contains("(Done)", tree);
        Assert.Contains("(To do)", tree);
        Assert.DoesNotContain("✓", tree);
    }

    [Fact]
    public async Task TheTimeline_AnnouncesEachMilestoneInWords()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("en/programmes/sample/timeline/"));

        var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "1.1 Members' meetings" }) });
        var tree = await row.AriaSnapshotAsync();
        Assert.Contains("Milestone: 15 June 2026: First meeting (Done)", tree);
        Assert.Contains("Under way", tree);
        Assert.DoesNotContain("◆", tree);
    }

    private const string Overflow = """
        () => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) return [];
          return [...document.body.querySelectorAll('*')]
            .filter(e => !e.closest('.timeline-scroll, .table-scroll, .visually-hidden') && e.getBoundingClientRect().right > width + 0.5)
            .slice(0, 3)
            .map(e => `${e.tagName.toLowerCase()}${e.className ? '.' + String(e.className).trim().split(/\s+/).join('.') : ''} ends at ${Math.round(e.getBoundingClientRect().right)}px`);
        }
        """;

    [Fact]
    public async Task EveryPageShowingProgress_FitsAPhone_WideTablesScrollingInsideTheirOwnRegion()
    {
        await using var context = await site.NewContextAsync(width: 320, height: 720);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in ServedSampleSite.ProgressPages)
        {
            await page.GotoAsync(site.Url(path));
            var wide = await page.EvaluateAsync<string[]>(Overflow);
            if (wide.Length > 0)
            {
                problems.Add($"{path}: {string.Join("; ", wide)}");
            }
        }

        await page.GotoAsync(site.Url(ServedSampleSite.ProgressPage("fr")));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Folder("screenshots"), "fr-progress-phone.png"), FullPage = true });
        Assert.True(problems.Count == 0, "pages wider than 320 px:\n" + string.Join('\n', problems));
    }
}
