using WorkPlanSite.Building;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Loading;
using WorkPlanSite.Model;
using WorkPlanSite.Pages;
using WorkPlanSite.Urls;

namespace WorkPlanSite.Tests.Support;

/// <summary>The page models of a tiny site's one programme in one language, as the build plans them before rendering.</summary>
internal static class PlannedProgramme
{
    public static IReadOnlyList<PageModel> Pages(TinySite site, string language)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(site.Options, diagnostics)!;
        var services = BuildServices.Create(config, diagnostics)!;
        var programmes = new ContentLoader(config, diagnostics).Load();
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics));
        var links = new ContentLinkResolver(config, programmes, services.Urls);
        var programme = new SiteModelBuilder(config, services.Markdown, services.Urls, diagnostics).BuildProgramme(programmes.Single(), links);
        var planner = new PagePlanner(config, services.Urls, services.Languages);
        return planner.PlanProgramme(programme, services.Languages[language])!.Pages;
    }
}
