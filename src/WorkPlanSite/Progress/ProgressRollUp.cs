using System.Collections.Immutable;
using WorkPlanSite.Model;

namespace WorkPlanSite.Progress;

/// <summary>
/// Rolls activities' progress up into their objectives' and the programme's, and tells which activities are late.
/// <list type="bullet">
/// <item>An activity's progress is its <c>progress</c>, else its status's default progress.</item>
/// <item>An objective's is the mean of its activities' that have one, cancelled ones left out; weighted by their
/// <c>weight</c> when at least one has a weight (the others then weigh 1).</item>
/// <item>The programme's is the mean of its specific objectives' figures, weighted the same way by the objectives'
/// <c>weight</c>; a programme whose activities serve no specific objective (one organised by themes) takes the mean of
/// its activities directly.</item>
/// <item>An activity is late when the last day of its planned period is before the build date and its status is
/// neither completed nor cancelled. An activity that says nothing of its progress is not judged.</item>
/// </list>
/// </summary>
public static class ProgressRollUp
{
    /// <summary>The progress of <paramref name="programme"/> on <paramref name="buildDate"/>, or null when none of its activities gives any.</summary>
    public static ProgrammeProgress? Of(Programme programme, StatusSet statuses, DateOnly buildDate)
    {
        if (programme.Activities.All(a => a.Progress.IsEmpty))
        {
            return null;
        }

        var standings = programme.Activities.Select(a => Standing(a, programme, statuses, buildDate)).ToImmutableArray();
        var objectives = ImmutableSortedDictionary.CreateBuilder<string, ProgressFigure>(StringComparer.Ordinal);
        var parts = new List<(int Percent, decimal? Weight)>();
        var cancelledObjectives = 0;
        foreach (var objective in programme.SpecificObjectives)
        {
            var serving = standings.Where(s => string.Equals(s.Activity.ObjectiveId, objective.Id, StringComparison.Ordinal)).ToList();
            if (Figure(serving.Where(s => s.Counts).Select(s => (s.Percent!.Value, s.Activity.Progress.Weight)).ToList(), serving.Count(s => s.IsCancelled)) is { } figure)
            {
                objectives[objective.Id] = figure;
                parts.Add((figure.Percent, objective.Weight));
            }
            else if (serving.Count > 0 && serving.All(s => s.IsCancelled))
            {
                cancelledObjectives++;
            }
        }

        var whole = parts.Count > 0
            ? Figure(parts, cancelledObjectives) is { } byObjectives ? byObjectives with { Parts = RollUpParts.Objectives } : null
            : Figure(standings.Where(s => s.Counts).Select(s => (s.Percent!.Value, s.Activity.Progress.Weight)).ToList(), standings.Count(s => s.IsCancelled));
        return new ProgrammeProgress(standings, objectives.ToImmutable(), whole);
    }

    /// <summary>The last day of the activity's planned period, or null when nothing is planned for it.</summary>
    public static DateOnly? PlannedEnd(Activity activity, Programme programme)
    {
        if (activity.Period is { } period)
        {
            return period.Latest;
        }

        if (!activity.Phases.IsEmpty)
        {
            var ends = programme.Phases.Where(p => activity.Phases.Contains(p.Id, StringComparer.Ordinal)).Select(p => p.Period.Latest).ToList();
            return ends.Count == 0 || ends.Any(e => e is null) ? null : ends.Max();
        }

        return activity.NothingPlanned ? null : programme.Period.Latest;
    }

    private static ActivityStanding Standing(Activity activity, Programme programme, StatusSet statuses, DateOnly buildDate)
    {
        var progress = activity.Progress;
        var status = progress.Status is { } key ? statuses.Find(key) : null;
        var percent = progress.Percent ?? status?.DefaultProgress;
        var end = PlannedEnd(activity, programme);
        var judged = status is not null || progress.Percent is not null;
        var finished = status?.Role is StatusRole.Completed or StatusRole.Cancelled || (status is null && percent == 100);
        return new ActivityStanding(activity, status, percent, end, judged && !finished && end < buildDate);
    }

    private static ProgressFigure? Figure(IReadOnlyList<(int Percent, decimal? Weight)> parts, int cancelled)
    {
        if (parts.Count == 0)
        {
            return null;
        }

        var weighted = parts.Any(p => p.Weight is not null);
        var total = parts.Sum(p => p.Weight ?? 1m);
        var sum = parts.Sum(p => p.Percent * (p.Weight ?? 1m));
        var percent = (int)Math.Round(sum / total, 0, MidpointRounding.AwayFromZero);
        return new ProgressFigure(percent, weighted ? RollUpRule.WeightedMean : RollUpRule.Mean, parts.Count, cancelled);
    }
}
