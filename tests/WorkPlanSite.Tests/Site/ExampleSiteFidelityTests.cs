using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Site;

/// <summary>
/// The example site publishes the three real programmes as they are written: it does not speak about them as
/// "the source", adds no leads, titles or ties they do not give, and follows every heading that promises a list
/// with that list or a link to it.
/// </summary>
public sealed class ExampleSiteFidelityTests(ExampleSiteUnderSubPath fixture) : IClassFixture<ExampleSiteUnderSubPath>
{
    private BuiltSite Site => fixture.Site;

    private IEnumerable<string> ContentPages => Site.HtmlFiles.Where(f => f.StartsWith("fr/", StringComparison.Ordinal) || f.StartsWith("en/", StringComparison.Ordinal));

    [Fact]
    public void No_page_speaks_of_the_source()
    {
        foreach (var file in ContentPages)
        {
            var text = Site.Page(file).QuerySelector("main")!.TextContent;
            foreach (var words in new[] { "the source", "source document", "document source", "la source" })
            {
                Assert.False(text.Contains(words, StringComparison.OrdinalIgnoreCase), $"{file} says '{words}'");
            }
        }
    }

    [Theory]
    [InlineData("en", "activities", "Lead")]
    [InlineData("fr", "activites", "Pilote")]
    public void No_CCRE_activity_names_a_lead_the_programme_does_not_name(string language, string section, string label)
    {
        var pages = ContentPages.Where(f => f.StartsWith($"{language}/programmes/ccre-2021-2022/{section}/", StringComparison.Ordinal)).ToList();
        Assert.Equal(12, pages.Count);
        Assert.All(pages, file => Assert.DoesNotContain(Site.Page(file).QuerySelectorAll("dl.facts dt"), dt => dt.TextContent.Trim() == label));
    }

    [Theory]
    [InlineData("en", "Main lines of action for the next two years", "h3", "Objective 1")]
    [InlineData("en", "Key dates for joint actions between CEMR and its associations in 2021", ".key-date", "")]
    [InlineData("fr", "Lignes d'actions principales pour les deux prochaines années", "h3", "Objectif 1")]
    [InlineData("fr", "Dates clés pour des actions conjointes entre le CCRE et ses associations en 2021", ".key-date", "")]
    public void CCRE_headings_that_promise_a_list_are_followed_by_it(string language, string heading, string item, string notInIt)
    {
        var list = PlacedListsTests.NextList(Site.Page($"{language}/programmes/ccre-2021-2022/index.html"), heading);

        Assert.NotEmpty(list.QuerySelectorAll(item));
        Assert.True(notInIt.Length == 0 || !list.TextContent.Contains(notInIt, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void The_CCRE_general_objective_has_no_title_the_programme_does_not_give_it(string language)
    {
        var page = Site.Page($"{language}/programmes/ccre-2021-2022/index.html");
        Assert.NotNull(page.QuerySelector(".general-objective"));
        Assert.Null(page.QuerySelector(".general-objective__title"));
    }
}
