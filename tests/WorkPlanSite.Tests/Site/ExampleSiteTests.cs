using AngleSharp.Dom;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Site;

/// <summary>The example site (the three real programmes) built under a GitHub Pages sub-path.</summary>
public sealed class ExampleSiteTests(ExampleSiteUnderSubPath fixture) : IClassFixture<ExampleSiteUnderSubPath>
{
    private BuiltSite Site => fixture.Site;

    private IEnumerable<string> ContentPages => Site.HtmlFiles.Where(f => f.StartsWith("fr/", StringComparison.Ordinal) || f.StartsWith("en/", StringComparison.Ordinal));

    [Fact]
    public void Builds_without_errors_or_warnings()
    {
        Assert.True(fixture.Result.Succeeded, string.Join("\n", fixture.Result.Diagnostics));
        Assert.Empty(fixture.Result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Every_page_exists_in_both_languages()
    {
        var french = ContentPages.Where(f => f.StartsWith("fr/", StringComparison.Ordinal)).ToList();
        var english = ContentPages.Where(f => f.StartsWith("en/", StringComparison.Ordinal)).ToList();
        Assert.Equal(french.Count, english.Count);
        foreach (var file in ContentPages.Where(f => !f.EndsWith("404.html", StringComparison.Ordinal)))
        {
            var languages = Site.Page(file).QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")).ToHashSet();
            Assert.True(languages.SetEquals(["fr", "en", "x-default"]), $"{file} has alternates {string.Join(", ", languages)}");
        }
    }

    [Fact]
    public void Hreflang_alternates_resolve_and_are_reciprocal()
    {
        foreach (var file in ContentPages.Where(f => !f.EndsWith("404.html", StringComparison.Ordinal)))
        {
            var page = Site.Page(file);
            var canonical = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
            foreach (var alternate in page.QuerySelectorAll("link[rel=alternate][hreflang]"))
            {
                var target = Site.FileFor(alternate.GetAttribute("href")!)!;
                Assert.True(Site.Exists(target), $"{file}: alternate {alternate.GetAttribute("href")} does not exist");
                var back = Site.Page(target).QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("href"));
                Assert.Contains(canonical, back);
                Assert.Equal(alternate.GetAttribute("hreflang") is "x-default" ? "fr" : alternate.GetAttribute("hreflang"), Site.Page(target).DocumentElement.GetAttribute("lang"));
            }
        }
    }

    [Fact]
    public void No_internal_link_asset_or_fragment_is_broken_under_a_sub_path()
    {
        Assert.Empty(LinkChecker.BrokenLinks(Site));
    }

    [Fact]
    public void Every_page_has_language_title_description_and_canonical_url()
    {
        foreach (var file in Site.HtmlFiles)
        {
            var page = Site.Page(file);
            Assert.False(string.IsNullOrWhiteSpace(page.DocumentElement.GetAttribute("lang")), file);
            Assert.False(string.IsNullOrWhiteSpace(page.Title), file);
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")), file);
            Assert.StartsWith("https://example-org.github.io/work-plans/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? "", StringComparison.Ordinal);
            // The root pages speak every language at once: one level-1 heading in each language's passage.
            var versions = page.Body!.ClassList.Contains("page-root") ? page.QuerySelectorAll(".root__language").Length : 1;
            Assert.Equal(versions, page.QuerySelectorAll("h1").Length);
        }
    }

    [Fact]
    public void Headings_never_skip_a_level()
    {
        foreach (var file in Site.HtmlFiles)
        {
            var levels = Site.Page(file).QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6").Select(h => h.LocalName[1] - '0').ToList();
            for (var i = 1; i < levels.Count; i++)
            {
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{file}: h{levels[i]} follows h{levels[i - 1]}");
            }
        }
    }

    [Fact]
    public void The_language_switcher_leads_to_the_same_page_in_the_other_language()
    {
        var french = Site.Page("fr/programmes/ccre-2021-2022/activites/suivi-des-politiques/index.html");
        var link = french.QuerySelector(".language-switcher a[hreflang=en]")!;
        Assert.Equal("/work-plans/en/programmes/ccre-2021-2022/activities/policy-monitoring/", link.GetAttribute("href"));
        Assert.Equal("en", link.GetAttribute("lang"));
        var english = Site.Page(Site.FileFor(link.GetAttribute("href")!)!);
        Assert.Equal("/work-plans/fr/programmes/ccre-2021-2022/activites/suivi-des-politiques/", english.QuerySelector(".language-switcher a[hreflang=fr]")!.GetAttribute("href"));
    }

    [Fact]
    public void French_pages_carry_no_English_interface_text()
    {
        var english = UiTexts("en").Except(UiTexts("fr")).Where(t => t.Length > 3).ToHashSet(StringComparer.Ordinal);
        foreach (var file in ContentPages.Where(f => f.StartsWith("fr/", StringComparison.Ordinal)))
        {
            var page = Site.Page(file);
            var texts = page.All.Where(e => e.ChildElementCount == 0).Select(e => e.TextContent.Trim())
                .Concat(page.All.SelectMany(e => new[] { e.GetAttribute("aria-label"), e.GetAttribute("title") }).OfType<string>());
            var leaked = texts.Where(english.Contains).ToList();
            Assert.True(leaked.Count == 0, $"{file} shows English interface text: {string.Join(" | ", leaked)}");
        }
    }

    /// <summary>The theme's UI texts of a language, without those that are patterns.</summary>
    private static IEnumerable<string> UiTexts(string language) =>
        ThemeStrings.Read(language).Values.Where(v => !v.Contains('{', StringComparison.Ordinal));

    [Fact]
    public void French_text_is_written_as_characters_not_numeric_entities()
    {
        // Letters, guillemets and dashes are characters; the template encoder escapes only what HTML requires (and
        // the apostrophe, which it always escapes: read back as the same text).
        var html = Site.Text("fr/programmes/ccre-2021-2022/index.html");
        Assert.Contains("Planète", html, StringComparison.Ordinal);
        Assert.Contains("l'Europe", html, StringComparison.Ordinal);
        Assert.Empty(System.Text.RegularExpressions.Regex.Matches(html, "&#x(?!27;|A0;|2B;)[0-9A-F]+;"));
    }

    [Fact]
    public void The_CCRE_programme_has_four_specific_objectives_twelve_activities_and_sixteen_key_dates()
    {
        foreach (var (language, keyDates) in new[] { ("fr", "dates-cles"), ("en", "key-dates") })
        {
            var programme = Site.Page($"{language}/programmes/ccre-2021-2022/index.html");
            Assert.Equal(4, programme.QuerySelectorAll("section.objective").Length);
            Assert.Equal(12, programme.QuerySelectorAll("section.objective .card").Length);
            Assert.Equal(4, programme.QuerySelectorAll(".theme").Length);
            Assert.Equal(16, Site.Page($"{language}/programmes/ccre-2021-2022/{keyDates}/index.html").QuerySelectorAll(".key-date").Length);
        }
    }

    [Fact]
    public void The_key_dates_read_as_people_write_them_inside_time_elements()
    {
        var french = Site.Page("fr/programmes/ccre-2021-2022/dates-cles/index.html");
        var dates = french.QuerySelectorAll(".key-date time, .key-date .date").Select(t => t.TextContent).ToList();
        Assert.Contains("28 janvier 2021", dates);
        Assert.Contains("31 mai – 4 juin 2021", dates);
        Assert.Contains("1er–12 novembre 2021", dates);
        Assert.Contains("automne 2021", dates);
        var time = french.QuerySelectorAll(".key-date time").First(t => t.TextContent == "31 mai – 4 juin 2021");
        Assert.Equal("2021-05-31", time.GetAttribute("datetime"));
        var english = Site.Page("en/programmes/ccre-2021-2022/key-dates/index.html").QuerySelectorAll(".key-date .date").Select(t => t.TextContent).ToList();
        Assert.Contains("16–21 September 2021", english);
        Assert.Contains("Autumn 2021", english);
    }

    [Fact]
    public void Dates_in_sentences_are_time_elements_too()
    {
        var page = Site.Page("fr/programmes/ccre-2021-2022/dates-cles/index.html");
        var time = page.QuerySelector(".page-header__meta time")!;
        Assert.Equal("2021-06-01", time.GetAttribute("datetime"));
        Assert.Equal("1er juin 2021", time.TextContent);
    }

    [Fact]
    public void The_TOGETHER_timeline_shows_its_four_named_phases_as_columns()
    {
        var timeline = Site.Page("en/programmes/together-2014/timeline/index.html");
        var headers = timeline.QuerySelectorAll("table.timeline thead th").Select(th => th.TextContent.Trim()).Skip(2).ToList();
        Assert.Equal(["Consolidation phase", "Skills extension phase", "Proposals phase", "Dialogue phase"], headers);
        // "Resources Centre" has two cells for four quarters: the second one spans the second to the fourth.
        var resources = timeline.QuerySelectorAll("table.timeline tbody tr").First(r => r.TextContent.Contains("Resources Centre", StringComparison.Ordinal));
        Assert.Equal([true, true, true, true], resources.QuerySelectorAll("td.timeline__cell").Select(c => c.ClassList.Contains("is-on")).ToList());
        var caravan = timeline.QuerySelectorAll("table.timeline tbody tr").First(r => r.TextContent.Contains("Caravan", StringComparison.Ordinal));
        Assert.Equal([true, true, false, false], caravan.QuerySelectorAll("td.timeline__cell").Select(c => c.ClassList.Contains("is-on")).ToList());

        // In words, phases that follow one another are a range from the first to the last.
        Assert.Equal("Consolidation phase – Dialogue phase", resources.QuerySelector("td.timeline__when")!.TextContent.Trim());
        Assert.Equal("Consolidation phase – Skills extension phase", caravan.QuerySelector("td.timeline__when")!.TextContent.Trim());
    }

    [Fact]
    public void Programmes_that_list_no_key_dates_have_no_key_dates_page_calendar_or_link_to_them()
    {
        // CECICN's working plan and TOGETHER's calendar name no dated events; CCRE's programme lists sixteen.
        foreach (var ((language, keyDates), programme) in new[] { ("en", "key-dates"), ("fr", "dates-cles") }.SelectMany(l => new[] { (l, "cecicn-2012"), (l, "together-2014") }))
        {
            Assert.False(Site.Exists($"{language}/programmes/{programme}/{keyDates}/index.html"));
            Assert.Empty(Directory.EnumerateFiles(Path.Combine(Site.OutputDirectory, language, "programmes", programme), "*.ics", SearchOption.AllDirectories));
            foreach (var page in new[] { $"{language}/index.html", $"{language}/programmes/{programme}/index.html" })
            {
                Assert.DoesNotContain(Site.Page(page).QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains($"/{programme}/{keyDates}/", StringComparison.Ordinal));
            }

            Assert.Null(Site.Page($"{language}/programmes/{programme}/index.html").QuerySelector("#upcoming"));
            // The programmes that have key dates keep their page, their calendar and the links to them.
            Assert.True(Site.Exists($"{language}/programmes/ccre-2021-2022/{keyDates}/index.html"));
            Assert.Contains(Site.Page($"{language}/index.html").QuerySelectorAll("a"), a => a.GetAttribute("href")!.EndsWith($"/ccre-2021-2022/{keyDates}/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void TOGETHER_kinds_of_activities_with_nothing_planned_in_any_quarter_have_no_date_and_no_bar()
    {
        var timeline = Site.Page("en/programmes/together-2014/timeline/index.html");
        foreach (var name in new[] { "Leaflets/publications", "Others" })
        {
            var row = timeline.QuerySelectorAll("table.timeline tbody tr").First(r => r.QuerySelector("th[scope=row]")?.TextContent.Trim() == name);
            Assert.Empty(row.QuerySelectorAll("td.is-on"));
            Assert.Equal("No date given", row.QuerySelector("td.timeline__when")!.TextContent.Trim());
        }
    }

    [Fact]
    public void The_site_root_sends_visitors_to_the_default_language_and_offers_the_others()
    {
        var root = Site.Page("index.html");
        Assert.Contains("url=/work-plans/fr/", root.QuerySelector("noscript")!.InnerHtml, StringComparison.Ordinal);
        var links = root.QuerySelectorAll("main a").Select(a => (a.GetAttribute("href"), a.Closest("[lang]")!.GetAttribute("lang"))).ToList();
        Assert.Equal([("/work-plans/fr/", "fr"), ("/work-plans/en/", "en")], links);
    }

    [Fact]
    public void The_output_is_ready_for_GitHub_Pages()
    {
        Assert.True(Site.Exists(".nojekyll"));
        Assert.True(Site.Exists("404.html"));
        Assert.False(Site.Exists("CNAME"));
        Assert.Contains("/work-plans/assets/style.css", Site.Text("404.html"), StringComparison.Ordinal);
    }
}

/// <summary>The example site at the root of a domain.</summary>
public sealed class ExampleSiteAtRootTests(ExampleSiteAtRoot fixture) : IClassFixture<ExampleSiteAtRoot>
{
    [Fact]
    public void No_internal_link_asset_or_fragment_is_broken_at_the_domain_root()
    {
        Assert.True(fixture.Result.Succeeded, string.Join("\n", fixture.Result.Diagnostics));
        Assert.Empty(LinkChecker.BrokenLinks(fixture.Site));
        Assert.Equal("/fr/", fixture.Site.Page("fr/index.html").QuerySelector(".site-title")!.GetAttribute("href"));
    }
}
