using System.Text;
using AngleSharp.Html.Parser;
using WorkPlanSite.Building;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Site;

/// <summary>
/// An activity for which the author planned nothing (<c>phases: []</c>, or <c>period:</c> left empty) has no bar on the
/// timeline and says "no date given" in words; only an activity that has neither key runs through the programme's period.
/// </summary>
public sealed class UndatedActivityTests
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData("phases: []\n")]
    [InlineData("period:\n")]
    public async Task An_activity_with_nothing_planned_says_no_date_is_given_and_has_no_bar(string planned)
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.yaml", "code: \"1.1\"\norder: 1\nobjective: obj\n" + planned);

        var rendered = await new SiteBuilder().RenderAsync(site.Options);

        Assert.True(rendered.Result.Succeeded, string.Join("\n", rendered.Result.Diagnostics));
        var activity = Parser.ParseDocument(Page(rendered, "en/programmes/prog/activities/act/index.html"));
        var period = activity.QuerySelector("dl.facts")!.TextContent;
        Assert.Contains("No date given", period, StringComparison.Ordinal);
        Assert.DoesNotContain("Throughout the programme", period, StringComparison.Ordinal);

        var timeline = Parser.ParseDocument(Page(rendered, "en/programmes/prog/timeline/index.html"));
        var row = timeline.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th[scope=row] a") is { } a && a.TextContent.Contains("Activity", StringComparison.Ordinal));
        Assert.Empty(row.QuerySelectorAll("td.is-on"));
        Assert.Contains("No date given", row.QuerySelector("td.timeline__when")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("whole programme", row.TextContent, StringComparison.Ordinal);

        var french = Parser.ParseDocument(Page(rendered, "fr/programmes/prog/activities/activite/index.html"));
        Assert.Contains("Aucune date indiquée", french.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_activity_without_period_or_phases_keys_runs_through_the_programme()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.yaml", "code: \"1.1\"\norder: 1\nobjective: obj\n");

        var rendered = await new SiteBuilder().RenderAsync(site.Options);

        Assert.True(rendered.Result.Succeeded, string.Join("\n", rendered.Result.Diagnostics));
        var activity = Parser.ParseDocument(Page(rendered, "en/programmes/prog/activities/act/index.html"));
        Assert.Contains("Throughout the programme", activity.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        var timeline = Parser.ParseDocument(Page(rendered, "en/programmes/prog/timeline/index.html"));
        var row = timeline.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th[scope=row] a") is { } a && a.TextContent.Contains("Activity", StringComparison.Ordinal));
        Assert.Equal(24, row.QuerySelectorAll("td.is-on").Length);
    }

    private static string Page(RenderedSite rendered, string path) =>
        Encoding.UTF8.GetString(rendered.Files.Single(f => f.RelativePath == path).Content.Span);
}
