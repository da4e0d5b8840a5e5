using System.Text;
using System.Text.Json;
using WorkPlanSite.Calendar;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Calendar;

/// <summary>The key dates as an iCalendar file (RFC 5545), read back as a calendar application would.</summary>
public sealed class IcsCalendarTests(ExampleSiteUnderSubPath fixture) : IClassFixture<ExampleSiteUnderSubPath>
{
    private const string FrenchCalendar = "fr/programmes/ccre-2021-2022/dates-cles/ccre-2021-2022-fr.ics";
    private const string EnglishCalendar = "en/programmes/ccre-2021-2022/key-dates/ccre-2021-2022-en.ics";

    [Fact]
    public void Lines_end_with_CRLF_and_are_folded_at_75_octets()
    {
        var bytes = File.ReadAllBytes(Path.Combine(fixture.Site.OutputDirectory, FrenchCalendar));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        foreach (var line in text.Split("\r\n"))
        {
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"line of {Encoding.UTF8.GetByteCount(line)} octets: {line}");
        }
    }

    [Fact]
    public void Day_precise_key_dates_become_all_day_events_with_an_exclusive_end()
    {
        var events = Events(FrenchCalendar);
        var greenWeek = events.Single(e => e["SUMMARY;LANGUAGE=fr"] == "Semaine verte annuelle");
        Assert.Equal("20210531", greenWeek["DTSTART;VALUE=DATE"]);
        Assert.Equal("20210605", greenWeek["DTEND;VALUE=DATE"]);
        var anniversary = events.Single(e => e["DTSTART;VALUE=DATE"] == "20210128");
        Assert.Equal("20210129", anniversary["DTEND;VALUE=DATE"]);
    }

    [Fact]
    public void Dates_not_known_to_the_day_are_left_out_and_the_page_says_so()
    {
        // CCRE: 28 January, 7 May, 9 May, 31 May–4 June, 16–21 September, 1–12 November, 15–30 November.
        Assert.Equal(7, Events(FrenchCalendar).Count);
        var page = fixture.Site.Page("fr/programmes/ccre-2021-2022/dates-cles/index.html");
        var link = page.QuerySelector(".calendar-link a")!;
        Assert.Equal("/work-plans/" + FrenchCalendar, link.GetAttribute("href"));
        Assert.Contains("9 autres", page.QuerySelector(".calendar-link__note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_keep_their_UID_across_languages_and_carry_text_in_their_language()
    {
        var french = Events(FrenchCalendar);
        var english = Events(EnglishCalendar);
        Assert.Equal(french.Select(e => e["UID"]), english.Select(e => e["UID"]));
        Assert.Equal(french.Count, french.Select(e => e["UID"]).Distinct().Count());
        Assert.Contains(english, e => e.TryGetValue("SUMMARY;LANGUAGE=en", out var summary) && summary.Contains("Green Week", StringComparison.Ordinal));
        Assert.Contains(english, e => e.TryGetValue("LOCATION;LANGUAGE=en", out var place) && place == "Glasgow");
    }

    [Theory]
    [InlineData("Réunion; Bruxelles, Paris\\Lyon\nsuite", "Réunion\\; Bruxelles\\, Paris\\\\Lyon\\nsuite")]
    public void Text_values_escape_backslash_semicolon_comma_and_newline(string text, string escaped) =>
        Assert.Equal(escaped, IcsText.Escape(text));

    [Fact]
    public void Folding_never_splits_a_character()
    {
        var line = "SUMMARY:" + new string('é', 60);
        var folded = IcsText.Fold(line);
        var parts = folded.TrimEnd('\r', '\n').Split("\r\n ");
        Assert.All(parts, p => Assert.True(Encoding.UTF8.GetByteCount(p) <= 75));
        Assert.Equal(line, string.Concat(parts));
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

    /// <summary>Unfolds the file and reads each VEVENT into its properties (name with parameters → value, unescaped).</summary>
    private List<Dictionary<string, string>> Events(string file)
    {
        var text = File.ReadAllText(Path.Combine(fixture.Site.OutputDirectory, file)).Replace("\r\n ", "", StringComparison.Ordinal);
        var events = new List<Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        foreach (var line in text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            if (line == "BEGIN:VEVENT")
            {
                current = new Dictionary<string, string>(StringComparer.Ordinal);
            }
            else if (line == "END:VEVENT")
            {
                events.Add(current!);
                current = null;
            }
            else if (current is not null)
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                current[line[..colon]] = line[(colon + 1)..].Replace("\\,", ",", StringComparison.Ordinal).Replace("\\;", ";", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
            }
        }

        return events;
    }
}
