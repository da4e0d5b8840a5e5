using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;
using WorkPlanSite.Pages;
using WorkPlanSite.Tests.Support;
using WorkPlanSite.Urls;

namespace WorkPlanSite.Tests.Stages;

/// <summary>
/// The Plan stage on its own: a modelled programme becomes, in each language, the models of its pages (programme,
/// key dates, timeline, objectives, activities) at their translated addresses, its calendar and its home-page card;
/// a language it lacks gives fallback pages or none, as the configuration says.
/// </summary>
public sealed class PagePlannerTests
{
    [Fact]
    public void A_programme_is_planned_as_one_page_of_each_kind_at_its_addresses_in_the_language()
    {
        using var site = new TinySite();
        var (input, built) = Modelled(site);
        var planner = new PagePlanner(input.Config, input.Services.Urls, input.Services.Languages);

        var plan = planner.PlanProgramme(built, input.Services.Languages["fr"])!;

        Assert.Equal(
            ["/sub/fr/programmes/prog/", "/sub/fr/programmes/prog/activities/activite/", "/sub/fr/programmes/prog/objectives/objectif/"],
            plan.Pages.Where(p => p is ProgrammePage or ObjectivePage or ActivityPage).Select(p => p.Url).Order(StringComparer.Ordinal));
        Assert.Single(plan.Pages.OfType<KeyDatesPage>());
        Assert.Single(plan.Pages.OfType<TimelinePage>());
        Assert.All(plan.Pages, p => Assert.Equal("fr", p.Context.Language));
        Assert.NotNull(plan.Calendar);
        Assert.Equal("Programme", plan.Card.Title);
    }

    [Fact]
    public void A_language_the_programme_lacks_gives_fallback_pages_or_none_as_configured()
    {
        using var fallback = new TinySite();
        fallback.Delete("content/prog/activities/act.en.md");
        using var omit = new TinySite(TinySite.DefaultConfig.Replace("\"buildDate\"", "\"missingTranslations\": \"omit\", \"buildDate\"", StringComparison.Ordinal));
        omit.Delete("content/prog/activities/act.en.md");

        var withFallback = Plan(fallback, "en");
        var omitted = Plan(omit, "en");

        var page = Assert.Single(withFallback.Pages.OfType<ActivityPage>());
        Assert.Equal("fr", page.FallbackLanguage);
        Assert.Empty(omitted.Pages.OfType<ActivityPage>());
    }

    private static ProgrammePlan Plan(TinySite site, string language)
    {
        var (input, built) = Modelled(site);
        return new PagePlanner(input.Config, input.Services.Urls, input.Services.Languages).PlanProgramme(built, input.Services.Languages[language])!;
    }

    private static (StageInput Input, ModelledProgramme Built) Modelled(TinySite site)
    {
        var input = StageInput.Of(site);
        var built = new SiteModelBuilder(input.Config, input.Services.Markdown, input.Services.Urls, new DiagnosticBag())
            .BuildProgramme(input.Programme, new ContentLinkResolver(input.Config, [input.Programme], input.Services.Urls));
        return (input, built);
    }
}
