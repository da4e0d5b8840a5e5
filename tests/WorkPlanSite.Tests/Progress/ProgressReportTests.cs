using WorkPlanSite.Progress;
using WorkPlanSite.Tests.Stages;

namespace WorkPlanSite.Tests.Progress;

/// <summary>What <c>workplansite progress</c> prints: per programme, late activities and unfinished ones not updated for a number of months.</summary>
public sealed class ProgressReportTests
{
    [Fact]
    public void The_report_lists_late_activities_and_those_not_updated_within_the_months_given()
    {
        using var site = ProgressSite.On("2021-09-15");
        site.Activity("act", "code: \"1.1\"\norder: 1\nobjective: obj\nperiod: 2021-03/2021-06\nstatus: under-way\nprogress: 40\nupdated: 2021-07-01\n");
        site.Activity("two", "code: \"1.2\"\norder: 2\nobjective: obj\nperiod: 2021-Q4\nstatus: planned\nupdated: 2021-05-31\n");
        site.Activity("three", "code: \"1.3\"\norder: 3\nobjective: obj\nperiod: 2021-Q1\nstatus: completed\n");
        site.Activity("four", "code: \"1.4\"\norder: 4\nobjective: obj\nperiod: 2021-Q4\nstatus: planned\n");
        var input = StageInput.Of(site);

        var report = ProgressReport.Of([input.Programme], input.Config.Statuses, input.Config.BuildDate, 3);
        var output = new StringWriter();
        ProgressReport.Write(output, report, input.Config.BuildDate, 3);

        Assert.Equal(
            [
                "Progress on 2021-09-15 (stale: not updated for 3 months or more).",
                "prog: 1 late, 2 not updated.",
                "  late: 1.1 act, planned until 2021-06-30, under-way, 40% (content/prog/activities/act.yaml)",
                "  not updated since 2021-05-31: 1.2 two (content/prog/activities/two.yaml)",
                "  never updated: 1.4 four (content/prog/activities/four.yaml)",
            ],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_programme_without_progress_information_is_said_to_have_none()
    {
        using var site = ProgressSite.On("2021-09-15");
        var input = StageInput.Of(site);
        var attention = Assert.Single(ProgressReport.Of([input.Programme], input.Config.Statuses, input.Config.BuildDate, 3));
        Assert.False(attention.HasProgress);
        Assert.Empty(attention.Late);
        Assert.Empty(attention.Stale);
    }
}
