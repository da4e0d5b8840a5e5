using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Site;

/// <summary>What screen readers and copy-paste get from the markup: the words, with the spaces between them.</summary>
public sealed class AccessibleTextTests(ExampleSiteUnderSubPath fixture) : IClassFixture<ExampleSiteUnderSubPath>
{
    private BuiltSite Site => fixture.Site;

    [Theory]
    [InlineData("en/programmes/ccre-2021-2022/objectives/be-the-reference/index.html", "h1", "Objective 1: Be the essential reference")]
    [InlineData("en/programmes/ccre-2021-2022/activities/influencing-eu-policies/index.html", "h1", "Activity 1.2: Influencing EU policies")]
    [InlineData("en/programmes/ccre-2021-2022/index.html", ".objective h3 a", "Objective 1: Be the essential reference")]
    [InlineData("en/programmes/ccre-2021-2022/objectives/be-the-reference/index.html", ".card__title a", "1.1 ")]
    [InlineData("en/programmes/ccre-2021-2022/timeline/index.html", "th[scope=row] a", "1.1 ")]
    public void A_code_and_the_title_it_numbers_are_separate_words(string file, string selector, string start)
    {
        var text = string.Join(' ', Site.Page(file).QuerySelector(selector)!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        Assert.StartsWith(start, text + " ");
    }

    [Fact]
    public void The_title_place_and_activity_of_a_key_date_are_separated_by_spaces()
    {
        var keyDate = Site.Page("en/programmes/ccre-2021-2022/key-dates/index.html").QuerySelectorAll("li.key-date")
            .First(li => li.QuerySelector(".key-date__place") is not null && li.QuerySelector(".key-date__activity") is not null);

        var text = keyDate.TextContent;

        Assert.Contains(keyDate.QuerySelector(".key-date__title")!.TextContent + " Place", text);
        Assert.Contains(keyDate.QuerySelector(".key-date__place")!.TextContent + " Related activity", text);
    }

    [Fact]
    public void Each_group_of_timeline_rows_is_headed_by_a_rowgroup_header_whose_title_stays_in_view()
    {
        var timeline = Site.Page("fr/programmes/ccre-2021-2022/calendrier/index.html");
        var groups = timeline.QuerySelectorAll("tbody > tr.timeline__group > th");

        Assert.NotEmpty(groups);
        Assert.All(groups, th => Assert.Equal("rowgroup", th.GetAttribute("scope")));
        Assert.All(groups, th => Assert.NotNull(th.QuerySelector(".timeline__group-title")));
    }

    [Fact]
    public void The_name_of_each_language_in_the_switcher_is_marked_with_that_language()
    {
        foreach (var file in Site.HtmlFiles.Where(f => f.StartsWith("fr/", StringComparison.Ordinal) || f.StartsWith("en/", StringComparison.Ordinal)))
        {
            foreach (var item in Site.Page(file).QuerySelectorAll(".language-switcher li"))
            {
                var name = item.QuerySelector("[lang]");
                Assert.True(name is not null, $"{file}: '{item.TextContent.Trim()}' has no lang");
                Assert.Equal(name.TextContent.Trim() == "English" ? "en" : "fr", name.GetAttribute("lang"));
            }
        }
    }
}
