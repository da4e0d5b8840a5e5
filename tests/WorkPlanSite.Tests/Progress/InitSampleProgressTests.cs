using System.Text.Json.Nodes;
using WorkPlanSite.Building;
using WorkPlanSite.Configuration;
using WorkPlanSite.Scaffolding;
using WorkPlanSite.Tests.Schemas;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Progress;

/// <summary>
/// The sample programme that <c>init</c> writes shows every progress feature, whatever the day it is created on: every
/// default status, progress figures and weights, milestones done and to do, indicators of the three kinds, notes, and
/// a late activity; and it checks without a warning.
/// </summary>
public sealed class InitSampleProgressTests
{
    [Theory]
    [InlineData("2026-11-21")]
    [InlineData("2027-01-01")]
    [InlineData("2028-02-29")]
    [InlineData("2026-12-31")]
    public async Task The_sample_checks_clean_and_shows_every_progress_feature_on_the_day_it_is_made(string day)
    {
        var today = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        using var temp = new TempFolder();
        Assert.True(SiteInitializer.Init(temp.Path, today).Succeeded);
        var options = new BuildOptions(temp.Combine("site.config.json"), temp.Combine("_site"), null, today);

        var checkedSite = await new SiteBuilder().CheckAsync(options);
        Assert.True(checkedSite.Succeeded);
        Assert.Empty(checkedSite.Diagnostics);
        var built = await new SiteBuilder().BuildAsync(options);
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));

        var site = new BuiltSite(temp.Combine("_site"), "https://my-org.github.io/my-site/");
        foreach (var (language, progressPath) in new[] { ("fr", "fr/programmes/sample/avancement/index.html"), ("en", "en/programmes/sample/progress/index.html") })
        {
            var page = site.Page(progressPath);
            Assert.NotNull(page.QuerySelector("#overall + .progress-figure meter"));
            Assert.All(page.QuerySelectorAll(".status-counts li strong"), count => Assert.NotEqual("0", count.TextContent));
            Assert.Equal(5, page.QuerySelectorAll(".status-counts li").Length);
            Assert.NotEmpty(page.QuerySelectorAll("section[aria-labelledby=late] .card"));
            Assert.NotEmpty(page.QuerySelectorAll(".progress-notes li"));
            Assert.Equal(["number", "percentage", "number", "qualitative"], page.QuerySelectorAll(".indicator").Select(i => i.ClassList.Last()!["indicator--".Length..]));
            Assert.Contains(page.QuerySelectorAll(".progress-figure__rule"), rule => rule.TextContent.Contains(language == "fr" ? "pondérée" : "weighted", StringComparison.Ordinal));
            var json = JsonNode.Parse(site.Text(site.FileFor(page.QuerySelector(".open-data a")!.GetAttribute("href")!)!))!;
            Assert.Empty(new SchemaCatalogue(Path.Combine(RepositoryPaths.Root, "schemas")).Validate(json, "progress-data.schema.json"));
        }

        var meetings = site.Page("en/programmes/sample/activities/meetings/index.html");
        Assert.Equal(["Done", "To do", "To do"], meetings.QuerySelectorAll(".milestones__state").Select(s => s.TextContent.Trim('(', ')')));
        Assert.NotEmpty(site.Page("en/programmes/sample/timeline/index.html").QuerySelectorAll(".timeline__step.is-done"));
    }
}
