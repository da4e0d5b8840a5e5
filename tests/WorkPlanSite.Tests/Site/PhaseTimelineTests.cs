using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Site;

/// <summary>
/// A programme laid out in named phases (TOGETHER's four quarters) has a column per phase; an activity says its phases
/// in words, phases that follow one another as a range from the first to the last, as a range of dates is written.
/// </summary>
public sealed class PhaseTimelineTests
{
    [Theory]
    [InlineData("[one, two, three]", "Phase one – Phase three", new[] { true, true, true, false })]
    [InlineData("[three, one]", "Phase one, Phase three", new[] { true, false, true, false })]
    [InlineData("[one, two, four]", "Phase one – Phase two, Phase four", new[] { true, true, false, true })]
    [InlineData("[two]", "Phase two", new[] { false, true, false, false })]
    public async Task Phases_that_follow_one_another_are_named_as_a_range(string phases, string words, bool[] cells)
    {
        using var site = new TinySite();
        site.Write("content/prog/programme.yaml", "order: 1\nperiod: 2021\nthemes: [people]\nphases:\n"
            + string.Concat(new[] { "one", "two", "three", "four" }.Select((id, i) => $"  - id: {id}\n    period: 2021-Q{i + 1}\n"))
            + "timeline:\n  scale: phase\n");
        site.Write("content/prog/programme.en.md", "---\ntitle: Programme EN\norganisation: Network\nthemes:\n  people:\n    name: People\nphases:\n  one: Phase one\n  two: Phase two\n  three: Phase three\n  four: Phase four\n---\n\nIntroduction.\n");
        site.Write("content/prog/programme.fr.md", "---\ntitle: Programme\norganisation: Réseau\nthemes:\n  people:\n    name: Personnes\nphases:\n  one: Phase un\n  two: Phase deux\n  three: Phase trois\n  four: Phase quatre\n---\n\nIntroduction.\n");
        site.Write("content/prog/activities/act.yaml", $"code: \"1.1\"\norder: 1\nobjective: obj\nthemes: [people]\nphases: {phases}\n");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var timeline = site.Built.Page("en/programmes/prog/timeline/index.html");
        var row = timeline.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th[scope=row] a") is { } a && a.TextContent.Contains("Activity", StringComparison.Ordinal));
        Assert.Equal(words, row.QuerySelector("td.timeline__when")!.TextContent.Trim());
        Assert.Equal(cells, row.QuerySelectorAll("td.timeline__cell").Select(c => c.ClassList.Contains("is-on")).ToArray());

        // The same words on the activity's page and on its card in the programme's page.
        Assert.Contains(words, site.Built.Page("en/programmes/prog/activities/act/index.html").QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(site.Built.Page("en/programmes/prog/index.html").QuerySelectorAll(".card__meta"), meta => meta.TextContent.Trim() == words);
    }
}
