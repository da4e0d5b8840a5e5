using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;
using WorkPlanSite.Pages;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Progress;

/// <summary>A site renames or adds statuses in site.config.json ('statuses'); mistakes there are errors at their line.</summary>
public sealed class StatusConfigurationTests
{
    private static string ConfigWith(string statuses) =>
        TinySite.DefaultConfig.Replace("\"buildDate\": \"2021-04-01\"", $"\"buildDate\": \"2021-04-01\",\n  \"statuses\": {statuses}", StringComparison.Ordinal);

    [Fact]
    public void Without_statuses_a_site_has_the_default_set()
    {
        using var site = new TinySite();
        var config = SiteConfigLoader.Load(site.Options, new DiagnosticBag())!;
        Assert.Equal(["planned", "under-way", "completed", "postponed", "cancelled"], config.Statuses.Keys);
    }

    [Fact]
    public void A_site_renames_a_default_status_which_keeps_its_meaning_and_adds_one_that_counts_as_not_finished()
    {
        using var site = new TinySite(ConfigWith("""
            [
                { "key": "completed", "label": { "fr": "Terminée", "en": "Done" } },
                { "key": "on-hold", "label": { "fr": "En pause", "en": "On hold" }, "defaultProgress": 10 }
              ]
            """));
        site.Activity("act", "objective: obj\nstatus: on-hold\n");
        var programme = PlannedProgramme.Pages(site, "en").OfType<ProgrammePage>().Single().Programme;
        var progress = programme.Activities.Single().Progress!;
        Assert.Equal(new StatusView("on-hold", "On hold"), progress.Status);
        Assert.Equal(10, progress.Percent);
        Assert.Equal(
            ["Planned", "Under way", "Done", "Postponed", "Cancelled", "On hold"],
            programme.Progress!.Counts.Select(c => c.Status.Label));
        var config = SiteConfigLoader.Load(site.Options, new DiagnosticBag())!;
        Assert.Equal(StatusRole.Completed, config.Statuses.Find("completed")!.Role);
        Assert.Equal(StatusRole.Open, config.Statuses.Find("on-hold")!.Role);
    }

    [Fact]
    public void A_new_status_without_a_label_is_an_error_at_its_entry()
    {
        using var site = new TinySite(ConfigWith("[ { \"key\": \"on-hold\" } ]"));
        var diagnostics = new DiagnosticBag();
        Assert.Null(SiteConfigLoader.Load(site.Options, diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(new SourcePosition("site.config.json", 10, 17), error.Position);
        Assert.Contains("The new status 'on-hold' has no label", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_progress_outside_0_to_100_is_an_error_at_its_key()
    {
        using var site = new TinySite(ConfigWith("[ { \"key\": \"under-way\", \"defaultProgress\": 150 } ]"));
        var diagnostics = new DiagnosticBag();
        Assert.Null(SiteConfigLoader.Load(site.Options, diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(10, error.Position.Line);
        Assert.Contains("outside 0-100", error.Message, StringComparison.Ordinal);
    }
}
