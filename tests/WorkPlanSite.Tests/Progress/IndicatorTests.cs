using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;
using WorkPlanSite.Tests.Stages;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Progress;

/// <summary>Indicators of activities and objectives: kinds, baseline, targets and actual values per period, titles and comments per language.</summary>
public sealed class IndicatorTests
{
    private const string Activity = "content/prog/activities/act.yaml";

    private const string Indicators = """
        objective: obj
        indicators:
          - id: members
            kind: number
            unit: associations
            baseline: 12
            baselineDate: 2020-12
            values:
              - period: 2021
                target: 20
                actual: 18
          - id: satisfaction
            kind: qualitative
            higherIsBetter: true
            values:
              - period: 2021-H2
                target: good
          - id: share
            kind: percentage
            higherIsBetter: false
            values:
              - period: 2022
                target: 5.5

        """;

    private static void WriteTexts(TinySite site, string english = "indicators:\n  members:\n    title: Members reached\n    comments:\n      \"2021\": Two joined late.\n  satisfaction:\n    title: Satisfaction\n  share:\n    title: Share\n") =>
        site.Activity("act", Indicators,
            "indicators:\n  members:\n    title: Membres touchés\n  satisfaction:\n    title: Satisfaction\n  share:\n    title: Part\n", english);

    private static async Task<Diagnostic> SingleError(TinySite site)
    {
        var result = await site.CheckAsync();
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Indicators_are_read_with_their_kind_baseline_values_and_texts()
    {
        using var site = new TinySite();
        WriteTexts(site);
        var activity = StageInput.Of(site).Programme.Activity("act")!;
        var members = activity.Indicators[0];
        Assert.Equal((IndicatorKind.Number, "associations", 12m, "2020-12"), (members.Kind, members.Unit, members.Baseline!.Number, members.BaselineDate!.Edtf));
        var measure = Assert.Single(members.Measures);
        Assert.Equal(("2021", 20m, 18m), (measure.Period.Edtf, measure.Target!.Number, measure.Actual!.Number));
        Assert.Equal("good", activity.Indicators[1].Measures[0].Target!.Text);
        Assert.False(activity.Indicators[2].HigherIsBetter);
        Assert.Equal(5.5m, activity.Indicators[2].Measures[0].Target!.Number);
        var english = activity.Texts.Get("en")!.IndicatorTexts["members"];
        Assert.Equal("Members reached", english.Title);
        Assert.Equal("Two joined late.", english.Comments["2021"]);
    }

    [Fact]
    public async Task Indicators_that_are_right_build_cleanly()
    {
        using var site = new TinySite();
        WriteTexts(site);
        var result = await site.CheckAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("actual: 18", "actual: many", 11, "'indicators[0].values[0].actual' is 'many', but the indicator is a number")]
    [InlineData("target: good", "target: 3", 17, "is the number 3, but the indicator is qualitative")]
    [InlineData("target: 5.5", "target: 150", 23, "outside 0-100, but the indicator is a percentage")]
    public async Task A_value_of_the_wrong_kind_is_an_error_at_the_value(string right, string wrong, int line, string expected)
    {
        using var site = new TinySite();
        WriteTexts(site);
        site.Write("content/prog/activities/act.yaml", Indicators.Replace(right, wrong, StringComparison.Ordinal));
        var error = await SingleError(site);
        Assert.Equal(Activity, error.Position.Path);
        Assert.Equal(line, error.Position.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_kind_names_the_likely_one()
    {
        using var site = new TinySite();
        WriteTexts(site);
        site.Write("content/prog/activities/act.yaml", Indicators.Replace("kind: percentage", "kind: percentge", StringComparison.Ordinal));
        var error = await SingleError(site);
        Assert.Equal(new SourcePosition(Activity, 19, 11), error.Position);
        Assert.Equal("Did you mean 'percentage'?", error.Hint);
    }

    [Fact]
    public async Task An_indicator_without_a_title_in_a_language_is_an_error_in_that_file()
    {
        using var site = new TinySite();
        WriteTexts(site, "indicators:\n  members:\n    title: Members reached\n  satisfaction:\n    title: Satisfaction\n");
        var error = await SingleError(site);
        Assert.Equal("content/prog/activities/act.en.md", error.Position.Path);
        Assert.Contains("The indicator 'share' has no title in this language (en)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_objective_has_indicators_too()
    {
        using var site = new TinySite();
        site.Objective("obj", "kind: specific\ncode: \"1\"\norder: 1\nindicators:\n  - id: reach\n    kind: percentage\n    values:\n      - period: 2022\n        target: 80\n");
        site.Write("content/prog/objectives/obj.fr.md", "---\ntitle: Objectif\nindicators:\n  reach:\n    title: Portée\n---\n\nTexte.\n");
        site.Write("content/prog/objectives/obj.en.md", "---\ntitle: Objective\nindicators:\n  reach:\n    title: Reach\n---\n\nText.\n");
        var objective = StageInput.Of(site).Programme.Objective("obj")!;
        Assert.Equal(80m, Assert.Single(objective.Indicators).Measures[0].Target!.Number);
        Assert.Equal("Portée", objective.Texts.Get("fr")!.IndicatorTexts["reach"].Title);
    }
}
