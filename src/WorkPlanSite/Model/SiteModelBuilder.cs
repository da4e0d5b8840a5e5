using System.Collections.Immutable;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Rendering;
using WorkPlanSite.Urls;

namespace WorkPlanSite.Model;

/// <summary>
/// The Model stage: orders what the loader read (programmes by order, objectives general first,
/// activities by objective then order, key dates chronologically) and renders every Markdown text once.
/// Expects validated input. Links to content files become page addresses in the language of their text (one
/// that leads to no page is an error); what the HTML sanitizer removes is reported as a warning.
/// </summary>
public sealed class SiteModelBuilder(SiteConfig config, MarkdownRenderer markdown, SiteUrls urls, DiagnosticBag diagnostics)
{
    /// <summary>
    /// The whole site's model at once, for tools that look at a small site; a build models one programme at a time
    /// (<see cref="BuildProgramme"/>) instead.
    /// </summary>
    public SiteModel Build(IReadOnlyList<Programme> programmes)
    {
        var links = new ContentLinkResolver(config, programmes, urls);
        return new(config, [.. InSiteOrder(programmes).AsParallel().AsOrdered().Select(p => BuildProgramme(p, links))]);
    }

    /// <summary>Programmes in the order the site lists them: by their 'order', then by id.</summary>
    public static IEnumerable<Programme> InSiteOrder(IEnumerable<Programme> programmes) =>
        programmes.OrderBy(p => p.Order).ThenBy(p => p.Id, StringComparer.Ordinal);

    /// <summary>Objectives in the order pages list them: the general one first, then by 'order', then by id.</summary>
    public static IEnumerable<Objective> InOrder(IEnumerable<Objective> objectives) =>
        objectives
            .OrderBy(o => o.Kind == ObjectiveKind.General ? 0 : 1)
            .ThenBy(o => o.Order)
            .ThenBy(o => o.Id, StringComparer.Ordinal);

    /// <summary>Activities in the order pages list them: by their objective's place among <paramref name="orderedObjectives"/>, then by 'order', then by id.</summary>
    public static IEnumerable<Activity> InOrder(IEnumerable<Activity> activities, IEnumerable<Objective> orderedObjectives)
    {
        var objectiveRank = orderedObjectives.Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return activities
            .OrderBy(a => a.ObjectiveId is { } id && objectiveRank.TryGetValue(id, out var rank) ? rank : int.MaxValue)
            .ThenBy(a => a.Order)
            .ThenBy(a => a.Id, StringComparer.Ordinal);
    }

    /// <summary>
    /// Orders one programme's items and renders its Markdown, resolving content links with <paramref name="links"/>
    /// (made from every programme of the site).
    /// </summary>
    public ModelledProgramme BuildProgramme(Programme programme, ContentLinkResolver links)
    {
        var objectives = InOrder(programme.Objectives)
            .Select(o => o with { Texts = Render(o.Texts, (t, l) => t with { ExpectedResults = Render(t.ExpectedResults, l, links), Body = Render(t.Body, l, links) }) })
            .ToImmutableArray();
        var activities = InOrder(programme.Activities, objectives)
            .Select(a => a with { Texts = Render(a.Texts, (t, l) => t with { ExpectedResults = Render(t.ExpectedResults, l, links), Body = Render(t.Body, l, links) }) })
            .ToImmutableArray();
        var keyDates = programme.KeyDates
            .OrderBy(k => k.Date.SortKey)
            .ThenBy(k => k.Date.Latest ?? DateOnly.MaxValue)
            .ThenBy(k => k.Index)
            .ToImmutableArray();
        return new ModelledProgramme(programme with
        {
            Texts = Render(programme.Texts, (t, l) => t with { Introduction = Render(t.Introduction, l, links) }),
            Objectives = objectives,
            Activities = activities,
            KeyDates = keyDates,
        });
    }

    /// <summary>Renders the Markdown of the site's own pages and of the home page's introduction, resolving content links with <paramref name="links"/>.</summary>
    public OwnContent BuildOwnContent(OwnContent content, ContentLinkResolver links) => content with
    {
        Pages = [.. content.Pages.Select(p => p with { Texts = Render(p.Texts, (t, l) => t with { Body = Render(t.Body, l, links) }) })],
        Home = content.Home is { } home ? Render(home, (t, l) => t with { Body = Render(t.Body, l, links) }) : null,
    };

    private MarkdownText Render(MarkdownText text, string language, ContentLinkResolver links) =>
        text with { Html = markdown.ToHtml(text, language, links, diagnostics) };

    private static Translations<T> Render<T>(Translations<T> texts, Func<T, string, T> render)
        where T : class =>
        texts with { ByLanguage = texts.ByLanguage.ToImmutableSortedDictionary(p => p.Key, p => render(p.Value, p.Key), StringComparer.Ordinal) };
}
