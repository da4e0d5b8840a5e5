using WorkPlanSite.Building;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Loading;
using WorkPlanSite.Model;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Stages;

/// <summary>What one stage takes, read from a tiny site by the stages before it, so that a spec can run that stage alone.</summary>
internal sealed record StageInput(SiteConfig Config, BuildServices Services, Programme Programme)
{
    /// <summary>The configuration, the services and the loaded programme <paramref name="id"/> of <paramref name="site"/>.</summary>
    public static StageInput Of(TinySite site, string id = "prog")
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(site.Options, diagnostics)!;
        var services = BuildServices.Create(config, diagnostics)!;
        var programme = new ContentLoader(config, diagnostics).LoadProgramme(Path.Combine(config.ContentDirectory, id))!;
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return new StageInput(config, services, programme);
    }
}
