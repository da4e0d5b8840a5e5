using WorkPlanSite.Pages;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Progress;

/// <summary>What the page models give templates about progress, in the page's language; nothing for a programme without progress.</summary>
public sealed class ProgressViewTests
{
    private static ProgrammeView Programme(TinySite site, string language) =>
        PlannedProgramme.Pages(site, language).OfType<ProgrammePage>().Single().Programme;

    private static TinySite SiteWithProgress()
    {
        var site = ProgressSite.On("2021-07-15");
        site.Activity("act", "code: \"1.1\"\norder: 1\nobjective: obj\nthemes: [people]\nperiod: 2021-03/2021-06\nstatus: under-way\nprogress: 40\nupdated: 2021-06-30\nmilestones:\n  - id: launch\n    date: 2021-04\n    done: true\n  - id: report\n    date: 2021-06-15\n",
            "milestones:\n  launch: Lancement\n  report: Rapport\nprogressNote: Le rapport prend du retard.\n",
            "milestones:\n  launch: Launch\n  report: Report\nprogressNote: The report is running late.\n");
        site.Activity("two", "code: \"1.2\"\norder: 2\nobjective: obj\nthemes: [people]\nperiod: 2021\nstatus: cancelled\n");
        site.Activity("three", "code: \"1.3\"\norder: 3\nobjective: obj\nperiod: 2021-Q3\nstatus: planned\nweight: 2\nupdated: 2021-07-01\n",
            "progressNote: Démarre en septembre.\n", "progressNote: Starts in September.\n");
        return site;
    }

    [Fact]
    public void A_programme_without_progress_information_has_none_on_its_views()
    {
        using var site = new TinySite();
        var programme = Programme(site, "fr");
        Assert.Null(programme.Progress);
        Assert.All(programme.Activities, a => Assert.Null(a.Progress));
        Assert.All(programme.Objectives, o => Assert.Null(o.Progress));
    }

    [Fact]
    public void An_activity_shows_its_status_figure_lateness_update_milestones_and_note_in_the_page_s_language()
    {
        using var site = SiteWithProgress();
        var progress = Programme(site, "fr").Activities.Single(a => a.Id == "act").Progress!;
        Assert.Equal(new StatusView("under-way", "En cours"), progress.Status);
        Assert.Equal(40, progress.Percent);
        Assert.Equal("40\u202f%", progress.PercentText);
        Assert.True(progress.IsLate);
        Assert.Equal("En retard", progress.LateText);
        Assert.Equal("30 juin 2021", progress.Updated!.Text);
        Assert.Equal(["Lancement", "Rapport"], progress.Milestones.Select(m => m.Title));
        Assert.Equal([true, false], progress.Milestones.Select(m => m.Done));
        Assert.Equal("Faite", progress.Milestones[0].DoneText);
        Assert.Equal("2021-06-15", progress.Milestones[1].Date.DateTime);
        Assert.Equal(new ProgressNoteView("Le rapport prend du retard.", "fr", progress.Updated), progress.Note);
    }

    [Fact]
    public void An_objective_shows_its_figure_with_the_rule_in_words()
    {
        using var site = SiteWithProgress();
        var figure = Programme(site, "en").Objectives.Single().Progress!;
        // (40 × 1 + 0 × 2) / 3, the cancelled activity left out.
        Assert.Equal(new ProgressFigureView(13, "13%", "Mean of the progress of its activities, weighted by their weight (2 counted). Cancelled ones are left out (1)."), figure);
    }

    [Fact]
    public void The_programme_summary_counts_statuses_by_objective_and_theme_and_lists_late_activities_and_latest_notes()
    {
        using var site = SiteWithProgress();
        var summary = Programme(site, "en").Progress!;
        Assert.Equal(13, summary.Progress!.Percent);
        Assert.StartsWith("Mean of the progress of its specific objectives (1 counted)", summary.Progress.Rule, StringComparison.Ordinal);
        Assert.Equal(
            [("planned", "Planned", 1), ("under-way", "Under way", 1), ("completed", "Completed", 0), ("postponed", "Postponed", 0), ("cancelled", "Cancelled", 1)],
            summary.Counts.Select(c => (c.Status.Key, c.Status.Label, c.Count)));
        Assert.Equal(0, summary.WithoutStatus);
        var objective = Assert.Single(summary.Objectives);
        Assert.Equal("1. Objective", objective.Title);
        Assert.Equal(3, objective.Counts.Sum(c => c.Count));
        var theme = Assert.Single(summary.Themes);
        Assert.Equal("People", theme.Title);
        Assert.EndsWith("#theme-people", theme.Url, StringComparison.Ordinal);
        Assert.Equal(2, theme.Counts.Sum(c => c.Count));
        Assert.Equal(["act"], summary.Late.Select(a => a.Id));
        Assert.Equal(["1.3 Activity three", "1.1 Activity act"], summary.LatestNotes.Select(n => n.Activity.Text));
    }
}
