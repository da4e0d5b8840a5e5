using WorkPlanSite.Progress;
using WorkPlanSite.Tests.Stages;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Progress;

/// <summary>How activities' progress rolls up into their objective's and the programme's.</summary>
public sealed class ProgressRollUpTests
{
    private static ProgrammeProgress RollUp(TinySite site)
    {
        var input = StageInput.Of(site);
        return Assert.IsType<ProgrammeProgress>(ProgressRollUp.Of(input.Programme, input.Config.Statuses, input.Config.BuildDate));
    }

    [Fact]
    public void A_programme_whose_activities_say_nothing_of_progress_has_no_progress()
    {
        using var site = new TinySite();
        var input = StageInput.Of(site);
        Assert.Null(ProgressRollUp.Of(input.Programme, input.Config.Statuses, input.Config.BuildDate));
    }

    [Fact]
    public void Without_weights_an_objective_takes_the_mean_of_its_activities()
    {
        using var site = new TinySite();
        site.Activity("act", "objective: obj\nstatus: under-way\nprogress: 20\n");
        site.Activity("two", "objective: obj\nstatus: under-way\nprogress: 60\n");
        var figure = RollUp(site).Objectives["obj"];
        Assert.Equal(new ProgressFigure(40, RollUpRule.Mean, 2, 0), figure);
    }

    [Fact]
    public void With_weights_the_mean_is_weighted_and_an_activity_without_a_weight_weighs_one()
    {
        using var site = new TinySite();
        site.Activity("act", "objective: obj\nstatus: completed\nweight: 3\n");
        site.Activity("two", "objective: obj\nstatus: planned\n");
        Assert.Equal(new ProgressFigure(75, RollUpRule.WeightedMean, 2, 0), RollUp(site).Objectives["obj"]);
    }

    [Fact]
    public void Cancelled_activities_are_left_out_and_counted_as_such()
    {
        using var site = new TinySite();
        site.Activity("act", "objective: obj\nstatus: under-way\nprogress: 40\n");
        site.Activity("two", "objective: obj\nstatus: cancelled\nprogress: 0\n");
        Assert.Equal(new ProgressFigure(40, RollUpRule.Mean, 1, 1), RollUp(site).Objectives["obj"]);
    }

    [Fact]
    public void An_activity_without_a_progress_figure_takes_its_status_default()
    {
        using var site = new TinySite();
        site.Activity("act", "objective: obj\nstatus: under-way\n");
        site.Activity("two", "objective: obj\nstatus: completed\n");
        var progress = RollUp(site);
        Assert.Equal(50, progress.Of("act")!.Percent);
        Assert.Equal(100, progress.Of("two")!.Percent);
        Assert.Equal(75, progress.Objectives["obj"].Percent);
    }

    [Fact]
    public void An_activity_that_says_nothing_of_its_progress_is_left_out_of_its_objective()
    {
        using var site = new TinySite();
        site.Activity("act", "objective: obj\nprogress: 30\n");
        site.Activity("two", "objective: obj\nperiod: 2021\n");
        Assert.Equal(new ProgressFigure(30, RollUpRule.Mean, 1, 0), RollUp(site).Objectives["obj"]);
    }

    [Fact]
    public void The_programme_takes_the_mean_of_its_objectives_weighted_by_theirs()
    {
        using var site = new TinySite();
        site.Objective("other", "kind: specific\norder: 2\nweight: 3\n");
        site.Activity("act", "objective: obj\nprogress: 20\n");
        site.Activity("two", "objective: obj\nprogress: 40\n");
        site.Activity("three", "objective: other\nprogress: 70\n");
        var progress = RollUp(site);
        Assert.Equal(30, progress.Objectives["obj"].Percent);
        Assert.Equal(70, progress.Objectives["other"].Percent);
        // (30 × 1 + 70 × 3) / 4: the objectives' figures, not the three activities' mean (43).
        Assert.Equal(new ProgressFigure(60, RollUpRule.WeightedMean, 2, 0, RollUpParts.Objectives), progress.Programme);
    }

    [Fact]
    public void An_objective_whose_activities_are_all_cancelled_has_no_figure_and_is_left_out_of_the_programme()
    {
        using var site = new TinySite();
        site.Objective("other", "kind: specific\norder: 2\n");
        site.Activity("act", "objective: obj\nprogress: 20\n");
        site.Activity("two", "objective: other\nstatus: cancelled\n");
        var progress = RollUp(site);
        Assert.False(progress.Objectives.ContainsKey("other"));
        Assert.Equal(new ProgressFigure(20, RollUpRule.Mean, 1, 1, RollUpParts.Objectives), progress.Programme);
    }

    [Fact]
    public void A_programme_without_specific_objectives_takes_the_mean_of_its_activities()
    {
        using var site = new TinySite();
        site.Delete("content/prog/objectives/obj.yaml");
        site.Delete("content/prog/objectives/obj.fr.md");
        site.Delete("content/prog/objectives/obj.en.md");
        site.Activity("act", "progress: 10\n");
        site.Activity("two", "progress: 25\n");
        Assert.Equal(new ProgressFigure(18, RollUpRule.Mean, 2, 0), RollUp(site).Programme);
    }
}
