using System.Text;
using System.Text.Json;
using Ical.Net.CalendarComponents;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Calendar;

/// <summary>The key dates as an iCalendar file (RFC 5545), read back with Ical.Net as a calendar application would.</summary>
public sealed class IcsCalendarTests(ExampleSiteUnderSubPath fixture) : IClassFixture<ExampleSiteUnderSubPath>
{
    private const string FrenchCalendar = "fr/programmes/ccre-2021-2022/dates-cles/ccre-2021-2022-fr.ics";
    private const string EnglishCalendar = "en/programmes/ccre-2021-2022/key-dates/ccre-2021-2022-en.ics";

    [Fact]
    public void Lines_end_with_CRLF_and_are_folded_at_75_octets()
    {
        var bytes = File.ReadAllBytes(Path.Combine(fixture.Site.OutputDirectory, FrenchCalendar));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        foreach (var line in text.Split("\r\n"))
        {
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"line of {Encoding.UTF8.GetByteCount(line)} octets: {line}");
        }
    }

    [Fact]
    public void The_file_is_an_iCalendar_2_0_publication_named_after_the_programme()
    {
        var calendar = Load(FrenchCalendar);
        Assert.Equal("2.0", calendar.Version);
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Equal("-//WorkPlanSite//WorkPlanSite//EN", calendar.ProductId);
        Assert.Equal("Programme de travail 2021-2022", calendar.Properties["X-WR-CALNAME"]!.Value);
    }

    [Fact]
    public void Day_precise_key_dates_become_all_day_events_with_an_exclusive_end()
    {
        var events = Load(FrenchCalendar).Events;
        var greenWeek = events.Single(e => e.Summary == "Semaine verte annuelle");
        Assert.False(greenWeek.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2021, 5, 31), greenWeek.DtStart.Date);
        Assert.False(greenWeek.DtEnd!.HasTime);
        Assert.Equal(new DateOnly(2021, 6, 5), greenWeek.DtEnd.Date);
        Assert.Equal("TRANSPARENT", greenWeek.Transparency);
        var anniversary = events.Single(e => e.DtStart!.Date == new DateOnly(2021, 1, 28));
        Assert.Equal(new DateOnly(2021, 1, 29), anniversary.DtEnd!.Date);
    }

    [Fact]
    public void Every_event_is_stamped_with_the_build_date_so_that_a_rebuild_writes_the_same_file()
    {
        // The fixture builds for 1 June 2021; a stamp from the clock would change the file at every build.
        Assert.All(Load(FrenchCalendar).Events, e =>
        {
            Assert.True(e.DtStamp!.IsUtc);
            Assert.Equal(new DateTime(2021, 6, 1, 0, 0, 0, DateTimeKind.Utc), e.DtStamp.Value);
        });
    }

    [Fact]
    public void Dates_not_known_to_the_day_are_left_out_and_the_page_says_so()
    {
        // CCRE: 28 January, 7 May, 9 May, 31 May–4 June, 16–21 September, 1–12 November, 15–30 November.
        Assert.Equal(7, Load(FrenchCalendar).Events.Count);
        var page = fixture.Site.Page("fr/programmes/ccre-2021-2022/dates-cles/index.html");
        var link = page.QuerySelector(".calendar-link a")!;
        Assert.Equal("/work-plans/" + FrenchCalendar, link.GetAttribute("href"));
        Assert.Equal("Dates connues au jour près, dans l'agenda\u00a0: 7 ; dates moins précises (un mois, une saison, une année), qui ne peuvent pas y figurer\u00a0: 9.",
            page.QuerySelector(".calendar-link__note")!.TextContent);
    }

    [Fact]
    public void Events_keep_their_UID_across_languages_and_carry_text_in_their_language()
    {
        var french = Load(FrenchCalendar).Events.ToList();
        var english = Load(EnglishCalendar).Events.ToList();
        Assert.Equal(french.Select(e => e.Uid), english.Select(e => e.Uid));
        Assert.Equal(french.Count, french.Select(e => e.Uid).Distinct().Count());
        Assert.All(french, e => Assert.Equal("fr", Language(e, "SUMMARY")));
        Assert.All(french, e => Assert.Equal("fr", Language(e, "DESCRIPTION")));
        var greenWeek = Assert.Single(english, e => e.Summary!.Contains("Green Week", StringComparison.Ordinal));
        Assert.Equal("en", Language(greenWeek, "SUMMARY"));
        var glasgow = Assert.Single(english, e => e.Location == "Glasgow");
        Assert.Equal("en", Language(glasgow, "LOCATION"));
        Assert.Equal(new Uri("https://example-org.github.io/work-plans/en/programmes/ccre-2021-2022/key-dates/"), english.First(e => e.Location == "Porto").Url);
    }

    [Fact]
    public async Task Text_with_separators_backslashes_and_characters_beyond_the_BMP_survives_escaping_and_folding()
    {
        // Titles of every length put the emoji at every place around a fold; Ical.Net 5.2.4 would cut some in two.
        string[] titles =
        [
            "Réunion; Bruxelles, Paris\\Lyon",
            .. Enumerable.Range(0, 8).Select(n => new string('a', 60 + n) + string.Concat(Enumerable.Repeat("🇪🇺 é", 12))),
        ];
        using var site = new TinySite();
        site.Write("content/prog/key-dates.yaml", string.Concat(titles.Select((t, i) =>
            $"- date: 2021-05-{i + 1:00}\n  title: \"{t.Replace("\\", "\\\\", StringComparison.Ordinal)}\"\n  place: \"{t.Replace("\\", "\\\\", StringComparison.Ordinal)}\"\n")));
        Assert.True((await site.BuildAsync()).Succeeded);
        var file = Path.Combine(site.Output, "en", "programmes", "prog", "key-dates", "prog-en.ics");
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(file));

        Assert.Contains("SUMMARY;LANGUAGE=en:Réunion\\; Bruxelles\\, Paris\\\\Lyon\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', text);
        Assert.All(text.Split("\r\n"), line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 76));
        var events = Ical.Net.Calendar.Load(text)!.Events.OrderBy(e => e.DtStart!.Date).ToList();
        Assert.Equal(titles, events.Select(e => e.Summary));
        Assert.Equal(titles, events.Select(e => e.Location));
    }

    [Fact]
    public void The_key_dates_page_describes_day_precise_dates_as_schema_org_events()
    {
        var page = fixture.Site.Page("en/programmes/ccre-2021-2022/key-dates/index.html");
        var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var events = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(7, events.Count);
        Assert.All(events, e => Assert.Equal("Event", e.GetProperty("@type").GetString()));
        var cop = events.Single(e => e.GetProperty("startDate").GetString() == "2021-11-01");
        Assert.Equal("2021-11-12", cop.GetProperty("endDate").GetString());
        Assert.Equal("Glasgow", cop.GetProperty("location").GetProperty("name").GetString());
    }

    /// <summary>The calendar file as a calendar application reads it.</summary>
    private Ical.Net.Calendar Load(string file) =>
        Ical.Net.Calendar.Load(File.ReadAllText(Path.Combine(fixture.Site.OutputDirectory, file), Encoding.UTF8))!;

    /// <summary>The LANGUAGE parameter of one of an event's properties.</summary>
    private static string? Language(CalendarEvent calendarEvent, string property) =>
        calendarEvent.Properties[property]?.Parameters.Get("LANGUAGE");
}
