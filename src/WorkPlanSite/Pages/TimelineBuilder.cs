using System.Collections.Immutable;
using WorkPlanSite.Dates;
using WorkPlanSite.Model;

namespace WorkPlanSite.Pages;

/// <summary>
/// Lays a programme's activities and key dates on its period: columns by month, quarter or named
/// phase; rows grouped by objective or theme; key dates as milestones in the column they start in.
/// </summary>
public sealed class TimelineBuilder(DateOnly buildDate)
{
    /// <summary>The timeline of <paramref name="view"/>.</summary>
    public TimelineView Build(Programme programme, ProgrammeView view, LanguageKit kit)
    {
        var scale = programme.TimelineScale == TimelineScale.Phase && programme.Phases.IsEmpty ? TimelineScale.Month : programme.TimelineScale;
        var columns = Columns(programme, view, kit, scale);
        var groups = Groups(programme, view, kit, columns, scale);
        var byColumn = columns.Select(c => view.KeyDates.Where(k => ColumnOf(k.Date, columns) == columns.IndexOf(c)).ToImmutableArray()).ToImmutableArray();
        var outside = view.KeyDates.Where(k => ColumnOf(k.Date, columns) is null).ToImmutableArray();
        var today = columns.Select((c, i) => (c, i)).Where(x => x.c.IsToday).Select(x => (int?)x.i).FirstOrDefault();
        return new TimelineView(scale.ToString().ToLowerInvariant(), columns, groups, new TimelineMilestones(byColumn, outside), today);
    }

    private ImmutableArray<TimelineColumn> Columns(Programme programme, ProgrammeView view, LanguageKit kit, TimelineScale scale)
    {
        var start = programme.Period.Earliest ?? new DateOnly(buildDate.Year, 1, 1);
        var end = programme.Period.Latest ?? start.AddYears(1).AddDays(-1);
        var columns = ImmutableArray.CreateBuilder<TimelineColumn>();
        switch (scale)
        {
            case TimelineScale.Phase:
                foreach (var phase in view.Phases)
                {
                    columns.Add(Column(phase.Name, phase.Name, phase.Period, false));
                }

                break;
            case TimelineScale.Quarter:
                for (var q = new DateOnly(start.Year, (start.Month - 1) / 3 * 3 + 1, 1); q <= end; q = q.AddMonths(3))
                {
                    var point = new DatePoint(q.Year, DatePrecision.Quarter, Part: (q.Month - 1) / 3 + 1);
                    var label = kit.Dates.Point(point);
                    columns.Add(Column(label, label, kit.Date(ImpreciseDate.Single(point)), q.Month == 1 || columns.Count == 0));
                }

                break;
            default:
                for (var m = new DateOnly(start.Year, start.Month, 1); m <= end; m = m.AddMonths(1))
                {
                    var point = new DatePoint(m.Year, DatePrecision.Month, m.Month);
                    var shortLabel = kit.Culture.DateTimeFormat.AbbreviatedMonthNames[m.Month - 1];
                    columns.Add(Column(kit.Dates.Point(point), shortLabel, kit.Date(ImpreciseDate.Single(point)), m.Month == 1 || columns.Count == 0));
                }

                break;
        }

        return columns.ToImmutable();
    }

    private TimelineColumn Column(string label, string shortLabel, DateView period, bool startsYear) =>
        new(label, shortLabel, period, period.Earliest <= buildDate && buildDate <= period.Latest, startsYear);

    private static ImmutableArray<TimelineGroup> Groups(Programme programme, ProgrammeView view, LanguageKit kit, ImmutableArray<TimelineColumn> columns, TimelineScale scale)
    {
        var groups = ImmutableArray.CreateBuilder<TimelineGroup>();
        if (programme.TimelineGrouping == TimelineGrouping.Objective && !view.Objectives.IsEmpty)
        {
            foreach (var objective in view.Objectives)
            {
                var title = objective.Code is null ? objective.Title : $"{objective.Code}. {objective.Title}";
                groups.Add(new TimelineGroup(title, objective.Url, Rows(objective.Activities, view, columns, scale)));
            }

            var served = view.Objectives.SelectMany(o => o.Activities).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var rest = view.Activities.Where(a => !served.Contains(a.Id)).ToImmutableArray();
            if (rest.Length > 0)
            {
                groups.Add(new TimelineGroup(kit.Strings["timeline.otherActivities"], null, Rows(rest, view, columns, scale)));
            }
        }
        else
        {
            var grouped = view.Objectives.IsEmpty ? view.OtherActivities : GroupAllByTheme(view);
            foreach (var group in grouped)
            {
                groups.Add(new TimelineGroup(group.Theme?.Name ?? kit.Strings["timeline.otherActivities"], null, Rows(group.Activities, view, columns, scale)));
            }
        }

        return groups.ToImmutable();
    }

    private static ImmutableArray<ActivityGroupView> GroupAllByTheme(ProgrammeView view) =>
        view.Themes
            .Select(t => new ActivityGroupView(t, view.Activities.Where(a => a.Themes.FirstOrDefault()?.Id == t.Id).ToImmutableArray()))
            .Where(g => g.Activities.Length > 0)
            .Append(new ActivityGroupView(null, view.Activities.Where(a => a.Themes.IsEmpty).ToImmutableArray()))
            .Where(g => g.Activities.Length > 0)
            .ToImmutableArray();

    private static ImmutableArray<TimelineRow> Rows(ImmutableArray<ActivityView> activities, ProgrammeView view, ImmutableArray<TimelineColumn> columns, TimelineScale scale) =>
        activities.Select(a => Row(a, view, columns, scale)).ToImmutableArray();

    private static TimelineRow Row(ActivityView activity, ProgrammeView view, ImmutableArray<TimelineColumn> columns, TimelineScale scale)
    {
        var phaseIds = activity.Phases.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        bool[] active;
        DateView when;
        var whole = false;
        if (activity.NoDateGiven)
        {
            // Nothing planned is not "all the time": no bar, and the words instead of a date.
            active = new bool[columns.Length];
            when = activity.Period!;
        }
        else if (!activity.Phases.IsEmpty)
        {
            // Phase columns are the programme's phases in order: match them by id. Other scales match by period.
            var phasePeriods = activity.Phases.Select(p => p.Period).ToList();
            active = scale == TimelineScale.Phase
                ? view.Phases.Select(p => phaseIds.Contains(p.Id)).ToArray()
                : columns.Select(c => phasePeriods.Any(p => Overlaps(p, c.Period))).ToArray();
            var (first, last) = (activity.Phases[0].Period, activity.Phases[^1].Period);
            when = new DateView(activity.PhasesText, first.DateTime, last.EndDateTime ?? last.DateTime, first.Earliest, last.Latest);
        }
        else if (activity.Period is { } period)
        {
            active = columns.Select(c => Overlaps(period, c.Period)).ToArray();
            when = period;
        }
        else
        {
            active = columns.Select(_ => true).ToArray();
            when = view.Period;
            whole = true;
        }

        var milestones = activity.Progress?.Milestones ?? [];
        return new TimelineRow(activity, when, active.ToImmutableArray(), whole)
        {
            Milestones = milestones.IsEmpty ? [] : [.. columns.Select((_, i) => milestones.Where(m => ColumnOf(m.Date, columns) == i).ToImmutableArray())],
        };
    }

    private static bool Overlaps(DateView a, DateView b) =>
        (a.Earliest ?? DateOnly.MinValue) <= (b.Latest ?? DateOnly.MaxValue) && (b.Earliest ?? DateOnly.MinValue) <= (a.Latest ?? DateOnly.MaxValue);

    private static int? ColumnOf(DateView date, ImmutableArray<TimelineColumn> columns)
    {
        var day = date.Earliest ?? date.Latest;
        if (day is null)
        {
            return null;
        }

        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i].Period.Earliest <= day && day <= columns[i].Period.Latest)
            {
                return i;
            }
        }

        return null;
    }
}
