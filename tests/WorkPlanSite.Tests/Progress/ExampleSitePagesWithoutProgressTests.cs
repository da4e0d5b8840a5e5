using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Progress;

/// <summary>
/// The example site's programmes record no progress, so their pages show none: no progress page, no link to one, no
/// status, bar, indicator or milestone mark, no data file (the output was also compared byte for byte before and after
/// the progress templates: only the stylesheet grew).
/// </summary>
public sealed class ExampleSitePagesWithoutProgressTests(ExampleSiteUnderSubPath fixture) : IClassFixture<ExampleSiteUnderSubPath>
{
    [Fact]
    public void No_page_of_the_example_site_shows_progress()
    {
        var site = fixture.Site;
        // 96 pages (programmes, home, site's own pages, "not found"; a key dates page only for CCRE, the one programme
        // that lists key dates) and a printable page per programme and language.
        Assert.Equal(102, site.HtmlFiles.Count(f => f.StartsWith("fr/", StringComparison.Ordinal) || f.StartsWith("en/", StringComparison.Ordinal)));
        Assert.DoesNotContain(site.HtmlFiles, f => f.Contains("/progress/", StringComparison.Ordinal));
        Assert.All(site.HtmlFiles, file =>
            Assert.Empty(site.Page(file).QuerySelectorAll(".status, meter, .activity-progress, .objective-progress, .indicator, .timeline__step, .programme-nav a[href$='/progress/']")));
        Assert.Empty(Directory.EnumerateFiles(site.OutputDirectory, "*progress*", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(site.OutputDirectory, "*indicators*", SearchOption.AllDirectories));
    }
}
