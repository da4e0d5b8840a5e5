using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;
using WorkPlanSite.Tests.Support;
using WorkPlanSite.Urls;

namespace WorkPlanSite.Tests.Stages;

/// <summary>
/// The Model stage on its own: a loaded programme comes out in reading order (the general objective first, then
/// the specific ones and their activities by the author's order, key dates by date) with every Markdown text rendered
/// once, links between content files turned into page addresses in the text's language.
/// </summary>
public sealed class SiteModelBuilderTests
{
    [Fact]
    public void Objectives_come_general_first_then_by_order_and_activities_under_their_objective_by_order()
    {
        using var site = new TinySite();
        site.Write("content/prog/objectives/aim.yaml", "kind: general\norder: 9\n");
        site.Write("content/prog/objectives/aim.fr.md", "---\ntitle: Objectif général\n---\n\nTexte.\n");
        site.Write("content/prog/objectives/aim.en.md", "---\ntitle: General objective\n---\n\nText.\n");
        site.Write("content/prog/objectives/first.yaml", "kind: specific\ncode: \"0\"\norder: 0\n");
        site.Write("content/prog/objectives/first.fr.md", "---\ntitle: Premier\n---\n\nTexte.\n");
        site.Write("content/prog/objectives/first.en.md", "---\ntitle: First\n---\n\nText.\n");
        site.Write("content/prog/activities/early.yaml", "code: \"0.1\"\norder: 5\nobjective: first\nperiod: 2021\n");
        site.Write("content/prog/activities/early.fr.md", "---\ntitle: Tôt\n---\n\nTexte.\n");
        site.Write("content/prog/activities/early.en.md", "---\ntitle: Early\n---\n\nText.\n");
        site.Write("content/prog/key-dates.yaml", "- date: 2022-03\n  title:\n    fr: Plus tard\n    en: Later\n- date: 2021-05-31/2021-06-04\n  title:\n    fr: Semaine verte\n    en: Green Week\n  activity: act\n");
        var input = StageInput.Of(site);

        var built = new SiteModelBuilder(input.Config, input.Services.Markdown, input.Services.Urls, new DiagnosticBag())
            .BuildProgramme(input.Programme, new ContentLinkResolver(input.Config, [input.Programme], input.Services.Urls));

        Assert.Equal(["aim", "first", "obj"], built.Programme.Objectives.Select(o => o.Id));
        Assert.Equal(["early", "act"], built.Programme.Activities.Select(a => a.Id));
        Assert.Equal(["Green Week", "Later"], built.Programme.KeyDates.Select(k => k.Title.ByLanguage["en"]));
    }

    [Fact]
    public void Texts_are_rendered_with_links_between_content_files_as_addresses_in_their_language_and_broken_ones_reported_at_their_line()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.fr.md", "---\ntitle: Activité\nslug: activite\nexpectedResults: Un résultat.\n---\n\nVoir [l'objectif](../objectives/obj.md).\n\nEt [rien](../objectives/rien.md).\n");
        var input = StageInput.Of(site);
        var diagnostics = new DiagnosticBag();

        var built = new SiteModelBuilder(input.Config, input.Services.Markdown, input.Services.Urls, diagnostics)
            .BuildProgramme(input.Programme, new ContentLinkResolver(input.Config, [input.Programme], input.Services.Urls));

        var html = built.Programme.Activities.Single().Texts.ByLanguage["fr"].Body.Html;
        Assert.Contains("href=\"/sub/fr/programmes/prog/objectives/objectif/\"", html, StringComparison.Ordinal);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("content/prog/activities/act.fr.md", 9), (error.Position.Path, error.Position.Line));
        Assert.Contains("rien.md", error.Message, StringComparison.Ordinal);
    }
}
