using AngleSharp.Dom;
using WorkPlanSite.Building;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;
using WorkPlanSite.Tests.Support;
using WorkPlanSite.Urls;

namespace WorkPlanSite.Tests.Printing;

/// <summary>
/// Each programme of the example site on one printable page per language: every objective, activity and key date of
/// the programme (by count and by title, in the source's order), under numbered headings listed in a table of contents,
/// with a "print this page" button, linked from the programme's own page.
/// </summary>
public sealed class PrintPageTests(ExampleSiteUnderSubPath fixture) : IClassFixture<ExampleSiteUnderSubPath>
{
    private static readonly string[] Languages = ["fr", "en"];

    public static TheoryData<string, string> ProgrammesAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var programme in Read().Programmes)
        {
            foreach (var language in Languages)
            {
                data.Add(programme.Id, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ProgrammesAndLanguages))]
    public void The_print_page_holds_every_objective_with_its_activities_in_source_order(string id, string language)
    {
        var (programme, page) = PrintPage(id, language);

        var objectives = page.QuerySelectorAll("section.print-objective").ToList();
        var specific = programme.SpecificObjectives.OrderBy(o => o.Order).ToList();
        Assert.Equal(specific.Count, objectives.Count);
        for (var i = 0; i < specific.Count; i++)
        {
            Assert.Contains(Title(specific[i].Texts, language, t => t.Title), Heading(objectives[i]));
            var served = programme.Activities.Where(a => a.ObjectiveId == specific[i].Id).OrderBy(a => a.Order).Select(a => Title(a.Texts, language, t => t.Title)).ToList();
            var shown = objectives[i].QuerySelectorAll("section.print-activity").Select(Heading).ToList();
            Assert.Equal(served.Count, shown.Count);
            Assert.All(served.Zip(shown), pair => Assert.Contains(pair.First, pair.Second));
        }
    }

    [Theory]
    [MemberData(nameof(ProgrammesAndLanguages))]
    public void The_print_page_holds_every_activity_and_every_key_date_of_its_programme(string id, string language)
    {
        var (programme, page) = PrintPage(id, language);

        var activities = page.QuerySelectorAll("section.print-activity").Select(Heading).ToList();
        Assert.Equal(programme.Activities.Length, activities.Count);
        foreach (var activity in programme.Activities)
        {
            Assert.Contains(activities, shown => shown.Contains(Title(activity.Texts, language, t => t.Title), StringComparison.Ordinal));
        }

        var keyDates = page.QuerySelectorAll("#key-dates ~ .key-dates .key-date__title").Select(e => e.TextContent).ToList();
        Assert.Equal(programme.KeyDates.Length, keyDates.Count);
        foreach (var keyDate in programme.KeyDates)
        {
            Assert.Contains(keyDate.Title.Resolve(language, Languages)!.Value.Text, keyDates);
        }
    }

    [Theory]
    [MemberData(nameof(ProgrammesAndLanguages))]
    public void Every_heading_is_numbered_and_listed_in_the_table_of_contents(string id, string language)
    {
        var (_, page) = PrintPage(id, language);

        var sections = page.QuerySelectorAll("article h2[id]:not(#contents)").ToList();
        Assert.NotEmpty(sections);
        var contents = page.QuerySelectorAll(".toc > ol > li > a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(sections.Select(h => "#" + h.Id), contents);
        for (var i = 0; i < sections.Count; i++)
        {
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), sections[i].QuerySelector(".number")?.TextContent);
        }

        // Objectives and activities carry the number of their section: 4.1, 4.1.2.
        foreach (var heading in page.QuerySelectorAll(".print-objective > h3, .print-activity > h3, .print-activity > h4"))
        {
            Assert.Matches(@"^\d+\.\d+(\.\d+)?$", heading.QuerySelector(".number")?.TextContent ?? "");
        }

        foreach (var link in page.QuerySelectorAll(".toc a"))
        {
            Assert.NotNull(page.GetElementById(link.GetAttribute("href")![1..]));
        }
    }

    [Theory]
    [MemberData(nameof(ProgrammesAndLanguages))]
    public void The_programme_page_links_to_its_print_page_which_offers_to_print_itself(string id, string language)
    {
        var reading = Read();
        var programme = reading.Programmes.Single(p => p.Id == id);
        var urls = new SiteUrls(reading.Config);
        var overview = fixture.Site.Page(fixture.Site.FileFor(urls.Programme(programme, language))!);
        Assert.Contains(overview.QuerySelectorAll(".programme-nav a"), a => a.GetAttribute("href") == urls.Print(programme, language));

        var (_, page) = PrintPage(id, language);
        Assert.NotNull(page.QuerySelector("button.print-actions__print[type=button]"));
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("page", page.QuerySelector($".programme-nav a[href='{urls.Print(programme, language)}']")?.GetAttribute("aria-current"));
    }

    [Fact]
    public void The_French_print_page_has_the_French_segment_of_the_configuration()
    {
        Assert.True(fixture.Site.Exists("fr/programmes/ccre-2021-2022/impression/index.html"));
        Assert.True(fixture.Site.Exists("en/programmes/ccre-2021-2022/print/index.html"));
    }

    private (Programme Programme, IDocument Page) PrintPage(string id, string language)
    {
        var reading = Read();
        var programme = reading.Programmes.Single(p => p.Id == id);
        var url = new SiteUrls(reading.Config).Print(programme, language);
        return (programme, fixture.Site.Page(fixture.Site.FileFor(url)!));
    }

    private static string Heading(IElement section) => section.QuerySelector("h3, h4")!.TextContent;

    private static string Title<T>(Translations<T> texts, string language, Func<T, string> title)
        where T : class => title(texts.Get(language) ?? texts.ByLanguage.Values.First());

    private static SiteReading Read() =>
        SiteBuilder.Read(new BuildOptions(RepositoryPaths.ExampleConfig, BaseUrl: "https://example-org.github.io/work-plans/"), new DiagnosticBag())!;
}
