using WorkPlanSite.Building;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Progress;

/// <summary>Mistakes in progress information: each is an error at its file, line and column, saying how to fix it.</summary>
public sealed class ProgressErrorTests
{
    private const string Activity = "content/prog/activities/act.yaml";

    private static async Task<Diagnostic> SingleError(TinySite site)
    {
        var result = await site.CheckAsync();
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public async Task Progress_information_that_is_right_builds_cleanly()
    {
        using var site = new TinySite();
        site.Activity("act", "objective: obj\nperiod: 2021-03/2021-06\nstatus: under-way\nprogress: 40%\nweight: 1.5\nupdated: 2021-03-31\nmilestones:\n  - id: launch\n    date: 2021-04\n    done: true\n",
            "milestones:\n  launch: Lancement\nprogressNote: Bien parti.\n", "milestones:\n  launch: Launch\n");
        var result = await site.CheckAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task An_unknown_status_is_reported_at_its_line_with_the_likely_one()
    {
        using var site = new TinySite();
        site.Activity("act", "objective: obj\nstatus: under-wya\n");
        var error = await SingleError(site);
        Assert.Equal(new SourcePosition(Activity, 2, 1), error.Position);
        Assert.Contains("'under-wya' is not a status", error.Message, StringComparison.Ordinal);
        Assert.Equal("Did you mean 'under-way'?", error.Hint);
    }

    [Fact]
    public async Task A_status_far_from_any_lists_the_statuses()
    {
        using var site = new TinySite();
        site.Activity("act", "objective: obj\nstatus: stuck-somewhere\n");
        var error = await SingleError(site);
        Assert.Contains("planned, under-way, completed, postponed, cancelled", error.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("120", "outside 0-100")]
    [InlineData("-5", "outside 0-100")]
    [InlineData("lots", "must be a whole number from 0 to 100")]
    public async Task A_progress_that_is_not_a_percentage_is_reported_at_its_value(string value, string expected)
    {
        using var site = new TinySite();
        site.Activity("act", $"objective: obj\nstatus: under-way\nprogress: {value}\n");
        var error = await SingleError(site);
        Assert.Equal(new SourcePosition(Activity, 3, 11), error.Position);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weight_must_be_a_positive_number()
    {
        using var site = new TinySite();
        site.Activity("act", "objective: obj\nweight: 0\n");
        var error = await SingleError(site);
        Assert.Equal(new SourcePosition(Activity, 2, 9), error.Position);
        Assert.Contains("greater than 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_update_must_be_a_day()
    {
        using var site = new TinySite();
        site.Activity("act", "objective: obj\nupdated: 2021-03\n");
        var error = await SingleError(site);
        Assert.Equal(new SourcePosition(Activity, 2, 10), error.Position);
        Assert.Contains("must be one day", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_milestone_outside_the_programme_s_period_is_reported_at_the_milestone()
    {
        using var site = new TinySite();
        site.Activity("act", "objective: obj\nmilestones:\n  - id: launch\n    date: 2012-04\n",
            "milestones:\n  launch: Lancement\n", "milestones:\n  launch: Launch\n");
        var error = await SingleError(site);
        Assert.Equal(new SourcePosition(Activity, 3, 5), error.Position);
        Assert.Contains("outside the programme's period (2021/2022)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_milestone_date_that_is_no_date_points_at_the_wrong_part()
    {
        using var site = new TinySite();
        site.Activity("act", "objective: obj\nmilestones:\n  - id: launch\n    date: 2021-13\n",
            "milestones:\n  launch: Lancement\n", "milestones:\n  launch: Launch\n");
        var error = await SingleError(site);
        Assert.Equal(new SourcePosition(Activity, 4, 16), error.Position);
        Assert.Contains("'13' is not a month", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Done_is_true_or_false()
    {
        using var site = new TinySite();
        site.Activity("act", "objective: obj\nmilestones:\n  - id: launch\n    date: 2021-04\n    done: maybe\n",
            "milestones:\n  launch: Lancement\n", "milestones:\n  launch: Launch\n");
        var error = await SingleError(site);
        Assert.Equal(new SourcePosition(Activity, 5, 11), error.Position);
        Assert.Contains("must be true or false", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_milestone_title_for_a_milestone_that_does_not_exist_names_the_likely_one()
    {
        using var site = new TinySite();
        site.Activity("act", "objective: obj\nmilestones:\n  - id: launch\n    date: 2021-04\n",
            "milestones:\n  launch: Lancement\n", "milestones:\n  launch: Launch\n  lunch: Lunch\n");
        var error = await SingleError(site);
        Assert.Equal(new SourcePosition("content/prog/activities/act.en.md", 3, 1), error.Position);
        Assert.Contains("'lunch' is named here but not listed", error.Message, StringComparison.Ordinal);
        Assert.Equal("Did you mean 'launch'?", error.Hint);
    }

    [Fact]
    public async Task A_milestone_without_a_title_in_a_language_of_the_activity_is_reported_in_that_file()
    {
        using var site = new TinySite();
        site.Activity("act", "objective: obj\nmilestones:\n  - id: launch\n    date: 2021-04\n", "milestones:\n  launch: Lancement\n");
        var error = await SingleError(site);
        Assert.Equal("content/prog/activities/act.en.md", error.Position.Path);
        Assert.Contains("'launch' has no title in this language (en)", error.Message, StringComparison.Ordinal);
    }
}
