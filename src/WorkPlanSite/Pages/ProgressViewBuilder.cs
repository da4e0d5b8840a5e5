using System.Collections.Immutable;
using WorkPlanSite.Model;
using WorkPlanSite.Progress;

namespace WorkPlanSite.Pages;

/// <summary>
/// Turns a programme's <see cref="ProgrammeProgress"/> into what its pages show in one language: each activity's
/// status, figure, milestones and note, each objective's figure with its rule in words, and the programme's summary.
/// </summary>
internal sealed class ProgressViewBuilder(StatusSet statuses, AvailabilityPolicy availability)
{
    private const int LatestNotesShown = 5;

    /// <summary>The activity's progress in <paramref name="kit"/>'s language; null when it says nothing of it.</summary>
    public ActivityProgressView? Activity(Activity activity, ActivityStanding? standing, ActivityText shown, string shownLanguage, LanguageKit kit)
    {
        if (standing is null || activity.Progress.IsEmpty)
        {
            return null;
        }

        var fallbacks = availability.FallbackOrderFor(activity.Texts.DeclaredOriginal).ToList();
        var updated = activity.Progress.Updated is { } day ? kit.Date(Dates.ImpreciseDate.Single(new Dates.DatePoint(day.Year, Dates.DatePrecision.Day, day.Month, day.Day))) : null;
        return new ActivityProgressView
        {
            Status = standing.Status is { } status ? Status(status, kit) : null,
            Percent = standing.Percent,
            PercentText = standing.Percent is { } percent ? PercentText(percent, kit) : null,
            IsLate = standing.IsLate,
            LateText = standing.IsLate ? kit.Strings["progress.late"] : null,
            Updated = updated,
            Milestones = activity.Progress.Milestones.Select(m => Milestone(m, activity, kit, fallbacks)).ToImmutableArray(),
            Note = shown.ProgressNote is { } note ? new ProgressNoteView(note, shownLanguage, updated) : null,
        };
    }

    /// <summary>A figure with its rule in words.</summary>
    public ProgressFigureView Figure(ProgressFigure figure, LanguageKit kit)
    {
        var rule = (figure.Parts, figure.Rule) switch
        {
            (RollUpParts.Objectives, RollUpRule.WeightedMean) => "progress.rule.objectivesWeighted",
            (RollUpParts.Objectives, _) => "progress.rule.objectives",
            (_, RollUpRule.WeightedMean) => "progress.rule.activitiesWeighted",
            _ => "progress.rule.activities",
        };
        var words = kit.Strings.Format(rule, ("count", figure.Counted));
        if (figure.Cancelled > 0)
        {
            words += " " + kit.Strings.Format("progress.rule.cancelled", ("count", figure.Cancelled));
        }

        return new ProgressFigureView(figure.Percent, PercentText(figure.Percent, kit), words);
    }

    /// <summary>The programme's summary, from the views of its activities, objectives and themes already made for the page.</summary>
    public ProgressSummaryView Summary(ProgrammeProgress progress, ImmutableArray<ActivityView> activities, ImmutableArray<ObjectiveView> objectives, ImmutableArray<ThemeView> themes, string programmeUrl, LanguageKit kit)
    {
        // Only the activities that exist in this language are counted, so that the counts match the lists beside them.
        var shown = progress.Activities.Where(s => activities.Any(a => a.Id == s.Activity.Id)).ToList();
        var byObjective = objectives.Select(o => new ProgressGroupView(
            o.Code is null ? o.Title : $"{o.Code}. {o.Title}",
            o.Url!,
            o.Progress,
            Counts(shown.Where(s => string.Equals(s.Activity.ObjectiveId, o.Id, StringComparison.Ordinal)), kit)));
        var byTheme = themes.Select(t => new ProgressGroupView(
            t.Name,
            programmeUrl + "#" + t.Anchor,
            null,
            Counts(shown.Where(s => s.Activity.Themes.FirstOrDefault() == t.Id), kit)));
        var notes = activities
            .Where(a => a.Progress?.Note is not null)
            .OrderByDescending(a => a.Progress!.Note!.Date?.Earliest ?? DateOnly.MinValue)
            .Take(LatestNotesShown)
            .Select(a => new ActivityNoteView(new LinkView(a.Code is null ? a.Title : $"{a.Code} {a.Title}", a.Url, a.Language), a.Progress!.Note!));
        return new ProgressSummaryView
        {
            Progress = progress.Programme is { } figure ? Figure(figure, kit) : null,
            Counts = Counts(shown, kit),
            WithoutStatus = shown.Count(s => s.Status is null),
            Objectives = byObjective.ToImmutableArray(),
            Themes = byTheme.Where(g => g.Counts.Any(c => c.Count > 0)).ToImmutableArray(),
            Late = activities.Where(a => a.Progress?.IsLate == true).ToImmutableArray(),
            LatestNotes = notes.ToImmutableArray(),
            Indicators =
            [
                .. objectives.Where(o => !o.Indicators.IsEmpty && o.Url is not null).Select(o => new IndicatorGroupView(new LinkView(o.Code is null ? o.Title : $"{o.Code}. {o.Title}", o.Url!, o.Language), o.Indicators)),
                .. activities.Where(a => !a.Indicators.IsEmpty).Select(a => new IndicatorGroupView(new LinkView(a.Code is null ? a.Title : $"{a.Code} {a.Title}", a.Url, a.Language), a.Indicators)),
            ],
        };
    }

    private ImmutableArray<StatusCountView> Counts(IEnumerable<ActivityStanding> standings, LanguageKit kit)
    {
        var list = standings.ToList();
        return statuses.Statuses.Select(s => new StatusCountView(Status(s, kit), list.Count(a => a.Status == s))).ToImmutableArray();
    }

    private StatusView Status(ProgressStatus status, LanguageKit kit) =>
        new(status.Key, status.Label.Resolve(kit.Code, availability.FallbackOrder)?.Text ?? kit.Strings[status.UiStringKey]);

    private static string PercentText(int percent, LanguageKit kit) =>
        kit.Strings.Format("progress.percent", ("percent", percent.ToString(kit.Culture)));

    private static MilestoneView Milestone(Milestone milestone, Activity activity, LanguageKit kit, IReadOnlyList<string> fallbacks)
    {
        var (title, language) = activity.Texts.Get(kit.Code)?.MilestoneTitles.GetValueOrDefault(milestone.Id) is { } own
            ? (own, kit.Code)
            : fallbacks.Select(l => (Title: activity.Texts.Get(l)?.MilestoneTitles.GetValueOrDefault(milestone.Id), Language: l)).FirstOrDefault(t => t.Title is not null) is { Title: { } found } borrowed
                ? (found, borrowed.Language)
                : (milestone.Id, kit.Code);
        return new MilestoneView(milestone.Id, kit.Date(milestone.Date), title, language, milestone.Done, kit.Strings[milestone.Done ? "progress.done" : "progress.toDo"]);
    }
}
