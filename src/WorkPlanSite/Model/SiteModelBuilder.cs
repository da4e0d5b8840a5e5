using System.Collections.Immutable;
using WorkPlanSite.Configuration;
using WorkPlanSite.Rendering;

namespace WorkPlanSite.Model;

/// <summary>
/// The Model stage: orders what the loader read (programmes by order, objectives general first,
/// activities by objective then order, key dates chronologically) and renders every Markdown text once.
/// Expects validated input.
/// </summary>
public sealed class SiteModelBuilder(SiteConfig config, MarkdownRenderer markdown)
{
    /// <summary>Builds the site model.</summary>
    public SiteModel Build(IReadOnlyList<Programme> programmes)
    {
        var built = new Programme[programmes.Count];
        Parallel.For(0, programmes.Count, i => built[i] = BuildProgramme(programmes[i]));
        return new SiteModel(config, built
            .OrderBy(p => p.Order)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToImmutableArray());
    }

    private Programme BuildProgramme(Programme programme)
    {
        var objectives = programme.Objectives
            .OrderBy(o => o.Kind == ObjectiveKind.General ? 0 : 1)
            .ThenBy(o => o.Order)
            .ThenBy(o => o.Id, StringComparer.Ordinal)
            .Select(o => o with { Texts = Render(o.Texts, t => t with { ExpectedResults = Render(t.ExpectedResults), Body = Render(t.Body) }) })
            .ToImmutableArray();
        var objectiveRank = objectives.Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var themeRank = programme.Themes.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var activities = programme.Activities
            .OrderBy(a => a.ObjectiveId is { } id && objectiveRank.TryGetValue(id, out var rank) ? rank : int.MaxValue)
            .ThenBy(a => a.Themes.Select(t => themeRank.GetValueOrDefault(t, int.MaxValue)).DefaultIfEmpty(int.MaxValue).Min())
            .ThenBy(a => a.Order)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => a with { Texts = Render(a.Texts, t => t with { ExpectedResults = Render(t.ExpectedResults), Body = Render(t.Body) }) })
            .ToImmutableArray();
        var keyDates = programme.KeyDates
            .OrderBy(k => k.Date.SortKey)
            .ThenBy(k => k.Date.Latest ?? DateOnly.MaxValue)
            .ThenBy(k => k.Index)
            .ToImmutableArray();
        return programme with
        {
            Texts = Render(programme.Texts, t => t with { Introduction = Render(t.Introduction) }),
            Objectives = objectives,
            Activities = activities,
            KeyDates = keyDates,
        };
    }

    private MarkdownText Render(MarkdownText text) => text with { Html = markdown.ToHtml(text.Source) };

    private static Translations<T> Render<T>(Translations<T> texts, Func<T, T> render)
        where T : class =>
        texts with { ByLanguage = texts.ByLanguage.ToImmutableSortedDictionary(p => p.Key, p => render(p.Value), StringComparer.Ordinal) };
}
