using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Site;

/// <summary>The timeline is data in a table that a screen reader and a text browser read in order; the bars are CSS on top.</summary>
public sealed class TimelineMarkupTests(ExampleSiteUnderSubPath fixture) : IClassFixture<ExampleSiteUnderSubPath>
{
    [Fact]
    public void Every_activity_appears_once_in_programme_order_with_its_period_in_a_time_element()
    {
        var programme = fixture.Site.Page("fr/programmes/ccre-2021-2022/index.html");
        var expected = programme.QuerySelectorAll("section.objective .card__title a").Select(a => a.GetAttribute("href")).ToList();
        var timeline = fixture.Site.Page("fr/programmes/ccre-2021-2022/calendrier/index.html");
        var rows = timeline.QuerySelectorAll("table.timeline tbody tr").Where(r => r.QuerySelector("th[scope=row] a") is not null).ToList();
        Assert.Equal(expected, rows.Select(r => r.QuerySelector("th[scope=row] a")!.GetAttribute("href")).ToList());
        Assert.All(rows, r => Assert.Equal("2021", r.QuerySelector("td.timeline__when time")!.GetAttribute("datetime")));
        Assert.Equal(24, timeline.QuerySelectorAll("table.timeline thead th.timeline__cell").Length);
    }

    [Fact]
    public void Every_key_date_is_listed_in_chronological_order_and_marked_in_its_month()
    {
        var timeline = fixture.Site.Page("en/programmes/ccre-2021-2022/timeline/index.html");
        var listed = timeline.QuerySelectorAll(".milestone-list li").ToList();
        Assert.Equal(16, listed.Count);
        // A season or a year has only its year as HTML datetime: order is checked on the values that carry a month.
        var starts = listed.Select(li => li.QuerySelector("time")!.GetAttribute("datetime")!).Where(d => d.Length >= 7).ToList();
        Assert.Equal(starts.Order(StringComparer.Ordinal), starts);
        Assert.Equal(16, timeline.QuerySelectorAll("tr.timeline__milestones a.milestone").Length);
        var january = timeline.QuerySelectorAll("tr.timeline__milestones td.timeline__cell")[0];
        Assert.Contains("28 January 2021", january.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Today_is_marked_in_words_when_the_build_date_falls_inside_the_period()
    {
        var timeline = fixture.Site.Page("en/programmes/ccre-2021-2022/timeline/index.html");
        Assert.Contains("1 June 2021", timeline.QuerySelector(".timeline-today")!.TextContent, StringComparison.Ordinal);
        var today = Assert.Single(timeline.QuerySelectorAll("thead th.is-today"));
        Assert.Equal("June 2021", today.QuerySelector("abbr")!.GetAttribute("title"));
        Assert.Null(fixture.Site.Page("en/programmes/together-2014/timeline/index.html").QuerySelector(".timeline-today"));
    }

    [Fact]
    public void Active_cells_say_so_in_text_not_only_with_colour()
    {
        var timeline = fixture.Site.Page("fr/programmes/together-2014/calendrier/index.html");
        Assert.All(timeline.QuerySelectorAll("td.is-on"), cell => Assert.Equal("en cours", cell.TextContent.Trim()));
    }
}
