using System.Collections.Immutable;
using WorkPlanSite.Model;
using WorkPlanSite.Urls;

namespace WorkPlanSite.Pages;

/// <summary>
/// Builds the view of a programme in one language: texts resolved with fallback, Markdown already
/// rendered, URLs from <see cref="SiteUrls"/>, dates written for the language. Items that do not exist
/// in the language (missing translations in 'omit' mode) are left out, so no list links to a missing page.
/// </summary>
public sealed class ProgrammeViewBuilder(SiteUrls urls, AvailabilityPolicy availability, DateOnly buildDate, StatusSet statuses)
{
    private readonly ProgressViewBuilder _progress = new(statuses, availability);

    /// <summary>The view of <paramref name="programme"/> in <paramref name="kit"/>'s language, or null when it does not exist there.</summary>
    public ProgrammeView? Build(Programme programme, LanguageKit kit)
    {
        var language = kit.Code;
        if (availability.Of(programme.Texts, language) is not { } found)
        {
            return null;
        }

        var text = programme.Texts.Get(found.ContentLanguage)!;
        var themes = programme.Themes.Select(id => Theme(programme, id, language)).ToImmutableArray();
        var themeById = themes.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var phases = programme.Phases.Select(p => new PhaseView(p.Id, PhaseName(programme, p.Id, language), kit.Date(p.Period), [])).ToImmutableArray();

        var objectiveLinks = new Dictionary<string, LinkView>(StringComparer.Ordinal);
        foreach (var objective in programme.SpecificObjectives)
        {
            if (availability.Of(programme, objective.Texts, language) is { } o)
            {
                objectiveLinks[objective.Id] = new LinkView(objective.Texts.Get(o.ContentLanguage)!.Title, urls.Objective(programme, objective, language), o.ContentLanguage);
            }
        }

        var activityLinks = new Dictionary<string, LinkView>(StringComparer.Ordinal);
        foreach (var activity in programme.Activities)
        {
            if (availability.Of(programme, activity.Texts, language) is { } a)
            {
                activityLinks[activity.Id] = new LinkView(activity.Texts.Get(a.ContentLanguage)!.Title, urls.Activity(programme, activity, language), a.ContentLanguage);
            }
        }

        // Key dates, themes and phases are written in the programme's files: they fall back on its original language.
        var fallbacks = availability.FallbackOrderFor(programme.Texts.DeclaredOriginal).ToList();
        var keyDates = programme.KeyDates.Select(k => KeyDate(k, kit, activityLinks, fallbacks)).ToImmutableArray();
        var progress = Progress.ProgressRollUp.Of(programme, statuses, buildDate);
        var activities = programme.Activities
            .Select(a => Activity(programme, a, kit, themeById, phases, objectiveLinks, keyDates, programme.KeyDates, progress))
            .OfType<ActivityView>()
            .ToImmutableArray();
        var objectives = programme.SpecificObjectives
            .Select(o => Objective(programme, o, kit, themeById, activities, progress))
            .OfType<ObjectiveView>()
            .ToImmutableArray();
        var general = programme.GeneralObjective is { } g ? Objective(programme, g, kit, themeById, [], null) : null;
        var servedIds = objectives.SelectMany(o => o.Activities).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var others = activities.Where(a => !servedIds.Contains(a.Id)).ToList();

        var introduction = GeneratedListPlaceholder.Split(text.Introduction.Html).Select(p => new IntroductionPart(p.Html, p.ListAfter)).ToImmutableArray();
        return new ProgrammeView
        {
            Id = programme.Id,
            Title = text.Title,
            Organisation = text.Organisation,
            Summary = text.Summary ?? FirstParagraph(text.Introduction.Html) ?? text.Title,
            Language = found.ContentLanguage,
            IsFallback = found.IsFallback,
            Url = urls.Programme(programme, language),
            KeyDatesUrl = urls.KeyDates(programme, language),
            HasKeyDates = !keyDates.IsEmpty,
            TimelineUrl = urls.Timeline(programme, language),
            PrintUrl = urls.Print(programme, language),
            Period = kit.Date(programme.Period),
            ThemesAreAxes = programme.ThemeLabel == ThemeLabel.Axis,
            IntroductionHtml = IntroductionWithLinks(introduction, kit, keyDates.IsEmpty ? null : urls.KeyDates(programme, language)),
            IntroductionParts = introduction,
            Themes = themes,
            Phases = phases,
            GeneralObjective = general,
            Objectives = objectives,
            OtherActivities = GroupByTheme(others, themes),
            Activities = activities,
            KeyDates = keyDates,
            Progress = progress is null ? null : _progress.Summary(progress, activities, objectives, themes, urls.Programme(programme, language), kit) with
            {
                Url = urls.Progress(programme, language),
                SchemaUrl = urls.ProgressSchema(programme, language),
                JsonUrl = urls.ProgressData(programme, language, "json"),
                CsvUrl = urls.ProgressData(programme, language, "csv"),
                IndicatorsCsvUrl = programme.Activities.Any(a => !a.Indicators.IsEmpty) || programme.Objectives.Any(o => !o.Indicators.IsEmpty) ? urls.IndicatorData(programme, language) : "",
            },
        };
    }

    // The ids of the programme page's sections that hold the themes (with their lines of action) and the objectives;
    // the output's link check fails the build if a template drops them.
    private const string ThemesSection = "#themes";
    private const string ObjectivesSection = "#objectives";
    private const string GeneralObjectiveSection = "#general-objective";

    /// <summary>The introduction with a link in place of each generated list the author placed in it.</summary>
    /// <param name="keyDatesUrl">The key dates page; null when the programme has none (and so no such page).</param>
    private static string IntroductionWithLinks(ImmutableArray<IntroductionPart> parts, LanguageKit kit, string? keyDatesUrl)
    {
        var encoder = Rendering.MinimalHtmlEncoder.Instance;
        var html = new System.Text.StringBuilder();
        foreach (var part in parts)
        {
            html.Append(part.Html);
            var link = part.ListAfter switch
            {
                GeneratedList.GeneralObjective => (GeneralObjectiveSection, kit.Strings["programme.seeGeneralObjective"]),
                GeneratedList.LinesOfAction => (ThemesSection, kit.Strings["programme.seeLinesOfAction"]),
                GeneratedList.KeyDates when keyDatesUrl is not null => (keyDatesUrl, kit.Strings["programme.allKeyDates"]),
                GeneratedList.Objectives => (ObjectivesSection, kit.Strings["programme.seeObjectives"]),
                _ => ((string, string)?)null,
            };
            if (link is var (url, text))
            {
                html.Append($"<p class=\"generated-list-link\"><a href=\"{encoder.Encode(url)}\">{encoder.Encode(text)}</a></p>\n");
            }
        }

        return html.ToString();
    }

    private static ImmutableArray<ActivityGroupView> GroupByTheme(IReadOnlyList<ActivityView> activities, ImmutableArray<ThemeView> themes)
    {
        if (activities.Count == 0)
        {
            return [];
        }

        var groups = new List<ActivityGroupView>();
        foreach (var theme in themes)
        {
            var members = activities.Where(a => a.Themes.FirstOrDefault()?.Id == theme.Id).ToImmutableArray();
            if (members.Length > 0)
            {
                groups.Add(new ActivityGroupView(theme, members));
            }
        }

        var rest = activities.Where(a => a.Themes.IsEmpty).ToImmutableArray();
        if (rest.Length > 0)
        {
            groups.Add(new ActivityGroupView(null, rest));
        }

        return groups.ToImmutableArray();
    }

    private ObjectiveView? Objective(Programme programme, Objective objective, LanguageKit kit, Dictionary<string, ThemeView> themes, ImmutableArray<ActivityView> activities, Progress.ProgrammeProgress? progress)
    {
        var language = kit.Code;
        if (availability.Of(programme, objective.Texts, language) is not { } found)
        {
            return null;
        }

        var text = objective.Texts.Get(found.ContentLanguage)!;
        var isGeneral = objective.Kind == ObjectiveKind.General;
        return new ObjectiveView
        {
            Id = objective.Id,
            IsGeneral = isGeneral,
            Code = objective.Code,
            Title = text.Title,
            Url = isGeneral ? null : urls.Objective(programme, objective, language),
            Language = found.ContentLanguage,
            IsFallback = found.IsFallback,
            ExpectedResultsHtml = text.ExpectedResults.Html,
            BodyHtml = text.Body.Html,
            Themes = objective.Themes.Select(t => themes[t]).ToImmutableArray(),
            Activities = activities.Where(a => programme.Activity(a.Id)!.ObjectiveId == objective.Id).ToImmutableArray(),
            Progress = progress?.Objectives.GetValueOrDefault(objective.Id) is { } figure ? _progress.Figure(figure, kit) : null,
            Indicators = IndicatorViewBuilder.Build(objective.Indicators, text.IndicatorTexts, found.ContentLanguage, kit),
        };
    }

    private ActivityView? Activity(
        Programme programme,
        Activity activity,
        LanguageKit kit,
        Dictionary<string, ThemeView> themes,
        ImmutableArray<PhaseView> phases,
        Dictionary<string, LinkView> objectives,
        ImmutableArray<KeyDateView> keyDateViews,
        ImmutableArray<KeyDate> keyDates,
        Progress.ProgrammeProgress? progress)
    {
        var language = kit.Code;
        if (availability.Of(programme, activity.Texts, language) is not { } found)
        {
            return null;
        }

        var text = activity.Texts.Get(found.ContentLanguage)!;
        // In the programme's order, whatever the order the author listed them in.
        var activityPhases = phases
            .Where(p => activity.Phases.Contains(p.Id, StringComparer.Ordinal))
            .Select(p => p with { Actions = text.PhaseActions.GetValueOrDefault(p.Id, []) })
            .ToImmutableArray();
        var related = keyDates.Select((k, i) => (k, i)).Where(x => x.k.ActivityId == activity.Id).Select(x => keyDateViews[x.i]).ToImmutableArray();
        return new ActivityView
        {
            Id = activity.Id,
            Code = activity.Code,
            Title = text.Title,
            Url = urls.Activity(programme, activity, language),
            Language = found.ContentLanguage,
            IsFallback = found.IsFallback,
            ExpectedResultsHtml = text.ExpectedResults.Html,
            BodyHtml = text.Body.Html,
            Period = activity.Period is { } period ? kit.Date(period)
                : activity.NothingPlanned ? new DateView(kit.Strings["activity.noDate"], null, null, null, null)
                : null,
            NoDateGiven = activity.NothingPlanned,
            Phases = activityPhases,
            PhasesText = PhaseRanges.Text(activityPhases, phases),
            Themes = activity.Themes.Select(t => themes[t]).ToImmutableArray(),
            Lead = activity.Lead.Resolve(language, availability.FallbackOrderFor(activity.Texts.DeclaredOriginal))?.Text,
            Partners = activity.Partners.Select(p => p.Resolve(language, availability.FallbackOrderFor(activity.Texts.DeclaredOriginal))?.Text).OfType<string>().ToImmutableArray(),
            Objective = activity.ObjectiveId is { } id ? objectives.GetValueOrDefault(id) : null,
            KeyDates = related,
            Progress = _progress.Activity(activity, progress?.Of(activity.Id), text, found.ContentLanguage, kit),
            Indicators = IndicatorViewBuilder.Build(activity.Indicators, text.IndicatorTexts, found.ContentLanguage, kit),
        };
    }

    private KeyDateView KeyDate(KeyDate keyDate, LanguageKit kit, Dictionary<string, LinkView> activities, IEnumerable<string> fallbacks)
    {
        var (title, titleLanguage) = keyDate.Title.Resolve(kit.Code, fallbacks)!.Value;
        var place = keyDate.Place.Resolve(kit.Code, fallbacks)?.Text;
        var activity = keyDate.ActivityId is { } id ? activities.GetValueOrDefault(id) : null;
        var upcoming = (keyDate.Date.Latest ?? DateOnly.MaxValue) >= buildDate;
        return new KeyDateView(kit.Date(keyDate.Date), title, titleLanguage, place, activity, upcoming);
    }

    private ThemeView Theme(Programme programme, string id, string language)
    {
        var text = Resolve(programme, language, t => t.Themes.GetValueOrDefault(id));
        return new ThemeView(id, text?.Name ?? id, text?.Tagline, text?.Description, text?.LinesOfAction ?? [], "theme-" + id);
    }

    private string PhaseName(Programme programme, string id, string language) =>
        Resolve(programme, language, t => t.Phases.GetValueOrDefault(id)) ?? id;

    private T? Resolve<T>(Programme programme, string language, Func<ProgrammeText, T?> pick)
        where T : class
    {
        if (programme.Texts.Get(language) is { } own && pick(own) is { } value)
        {
            return value;
        }

        return availability.FallbackOrderFor(programme.Texts.DeclaredOriginal).Select(l => programme.Texts.Get(l)).OfType<ProgrammeText>().Select(pick).OfType<T>().FirstOrDefault();
    }

    private static string? FirstParagraph(string html)
    {
        var start = html.IndexOf("<p>", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var end = html.IndexOf("</p>", start, StringComparison.Ordinal);
        var inner = html[(start + 3)..(end < 0 ? html.Length : end)];
        var text = Text.HtmlText.Strip(inner, "");
        return Text.Excerpt.Cut(text, 300);
    }
}
