using WorkPlanSite.Progress;
using WorkPlanSite.Tests.Stages;

namespace WorkPlanSite.Tests.Progress;

/// <summary>
/// An activity is late when its planned period is over on the configured build date and it is neither completed nor
/// cancelled; the period's last day depends on how precisely it is written.
/// </summary>
public sealed class LateActivityTests
{
    private static bool IsLate(string buildDate, string neutral)
    {
        using var site = ProgressSite.On(buildDate);
        site.Write("content/prog/programme.yaml", "order: 1\nperiod: 2021/2022\nthemes: [people]\nphases:\n  - id: first\n    period: 2021-H1\n");
        site.Write("content/prog/programme.fr.md", "---\ntitle: Programme\norganisation: Réseau\nthemes:\n  people:\n    name: Personnes\nphases:\n  first: Première\n---\n\nIntroduction.\n");
        site.Write("content/prog/programme.en.md", "---\ntitle: Programme EN\norganisation: Network\nthemes:\n  people:\n    name: People\nphases:\n  first: First\n---\n\nIntroduction.\n");
        site.Activity("act", "objective: obj\n" + neutral);
        var input = StageInput.Of(site);
        return ProgressRollUp.Of(input.Programme, input.Config.Statuses, input.Config.BuildDate)!.Of("act")!.IsLate;
    }

    [Theory]
    [InlineData("2021-06-30", false)]
    [InlineData("2021-07-01", true)]
    public void A_month_range_ends_on_the_last_day_of_its_last_month(string buildDate, bool late) =>
        Assert.Equal(late, IsLate(buildDate, "period: 2021-03/2021-06\nstatus: under-way\n"));

    [Theory]
    [InlineData("2021-06-30", false)]
    [InlineData("2021-07-01", true)]
    public void A_quarter_ends_on_the_last_day_of_its_third_month(string buildDate, bool late) =>
        Assert.Equal(late, IsLate(buildDate, "period: 2021-Q2\nstatus: planned\n"));

    [Theory]
    [InlineData("2021-11-30", false)]
    [InlineData("2021-12-01", true)]
    public void A_season_ends_with_its_last_month(string buildDate, bool late) =>
        Assert.Equal(late, IsLate(buildDate, "period: 2021-autumn\nstatus: postponed\n"));

    [Theory]
    [InlineData("2021-06-30", false)]
    [InlineData("2021-07-01", true)]
    public void An_activity_in_phases_ends_with_its_last_phase(string buildDate, bool late) =>
        Assert.Equal(late, IsLate(buildDate, "phases: [first]\nstatus: under-way\n"));

    [Fact]
    public void An_activity_without_a_period_runs_to_the_end_of_the_programme() =>
        Assert.False(IsLate("2022-12-31", "status: under-way\n"));

    [Fact]
    public void A_completed_activity_is_never_late() =>
        Assert.False(IsLate("2022-01-01", "period: 2021-03\nstatus: completed\n"));

    [Fact]
    public void A_cancelled_activity_is_never_late() =>
        Assert.False(IsLate("2022-01-01", "period: 2021-03\nstatus: cancelled\n"));

    [Fact]
    public void An_activity_at_100_percent_without_a_status_is_not_late() =>
        Assert.False(IsLate("2022-01-01", "period: 2021-03\nprogress: 100\n"));

    [Fact]
    public void An_activity_with_nothing_planned_is_never_late() =>
        Assert.False(IsLate("2022-06-01", "period:\nstatus: planned\n"));
}
