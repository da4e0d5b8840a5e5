using System.Collections.Immutable;

namespace WorkPlanSite.Pages;

/// <summary>A column of the timeline: a month, a quarter or a named phase.</summary>
/// <param name="Label">Full label, read by screen readers ("janvier 2021", "Phase de consolidation").</param>
/// <param name="ShortLabel">Label that fits a narrow column ("janv.").</param>
/// <param name="Period">The days it covers.</param>
/// <param name="IsToday">True when the build date falls in it.</param>
/// <param name="StartsYear">True for the first column of a year, to show the year.</param>
public sealed record TimelineColumn(string Label, string ShortLabel, DateView Period, bool IsToday, bool StartsYear);

/// <summary>An activity on the timeline.</summary>
/// <param name="Activity">The activity.</param>
/// <param name="When">The text of its period ("2021–2022", "Phase de consolidation"), or "no date given" when nothing is planned.</param>
/// <param name="Active">For each column, whether the activity runs in it (none when nothing is planned).</param>
/// <param name="IsWholeProgramme">True when the activity has neither a period nor phases and so spans the programme.</param>
public sealed record TimelineRow(ActivityView Activity, DateView When, ImmutableArray<bool> Active, bool IsWholeProgramme)
{
    /// <summary>
    /// For each column, the activity's milestones that fall in it (by their first day); empty when the activity has no
    /// milestones. Milestones outside the programme's columns are not on the timeline (they are on the activity's page).
    /// </summary>
    public ImmutableArray<ImmutableArray<MilestoneView>> Milestones { get; init; } = [];
}

/// <summary>A group of rows (an objective, a theme).</summary>
public sealed record TimelineGroup(string Title, string? Url, ImmutableArray<TimelineRow> Rows);

/// <summary>The key dates falling in a column.</summary>
public sealed record TimelineMilestones(ImmutableArray<ImmutableArray<KeyDateView>> ByColumn, ImmutableArray<KeyDateView> Outside);

/// <summary>The timeline of a programme: columns, grouped rows, milestones, and where "today" is.</summary>
/// <param name="Scale">"month", "quarter" or "phase".</param>
/// <param name="Columns">Columns in order.</param>
/// <param name="Groups">Groups of rows.</param>
/// <param name="Milestones">Key dates per column.</param>
/// <param name="TodayColumn">Index of the column of the build date, or null when outside the period.</param>
public sealed record TimelineView(string Scale, ImmutableArray<TimelineColumn> Columns, ImmutableArray<TimelineGroup> Groups, TimelineMilestones Milestones, int? TodayColumn);
