using WorkPlanSite.Building;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Progress;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Progress;

/// <summary>
/// The three real programmes say nothing of their progress in their sources, and none is made up for them: they have
/// no progress, so their pages stay as they were (the example site's output was compared byte for byte before and
/// after progress was added).
/// </summary>
public sealed class ExampleSiteProgressTests
{
    [Fact]
    public void No_example_programme_has_progress_information()
    {
        var diagnostics = new DiagnosticBag();
        var reading = SiteBuilder.Read(new BuildOptions(RepositoryPaths.ExampleConfig), diagnostics)!;
        Assert.Equal(3, reading.Programmes.Length);
        Assert.All(reading.Programmes, programme =>
        {
            Assert.All(programme.Activities, a => Assert.True(a.Progress.IsEmpty, $"{programme.Id}/{a.Id}"));
            Assert.Null(ProgressRollUp.Of(programme, reading.Config.Statuses, reading.Config.BuildDate));
        });
    }
}
