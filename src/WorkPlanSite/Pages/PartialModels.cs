using System.Collections.Immutable;

namespace WorkPlanSite.Pages;

/// <summary>The model of the theme's <c>partials/ProgrammeNav.cshtml</c>: a programme's views, <paramref name="Current"/> marked ("programme", "timeline", "keyDates", "progress").</summary>
public sealed record ProgrammeNav(ProgrammeView Programme, PageContext Context, string? Current);

/// <summary>The model of the theme's <c>partials/ActivityList.cshtml</c>: activities as cards whose headings are at <paramref name="HeadingLevel"/>.</summary>
public sealed record ActivityList(ImmutableArray<ActivityView> Activities, PageContext Context, int HeadingLevel = 4);

/// <summary>The model of the theme's <c>partials/KeyDateList.cshtml</c>: key dates in a list.</summary>
public sealed record KeyDateList(IEnumerable<KeyDateView> Dates, PageContext Context);

/// <summary>The model of the theme's <c>partials/KeyDateGroups.cshtml</c>: key dates grouped by year and month.</summary>
public sealed record KeyDateGroups(ImmutableArray<KeyDateGroup> Groups, PageContext Context);

/// <summary>
/// The model of the theme's partials that show one part of a programme's overview where the page or the programme's
/// introduction places it: <c>partials/GeneralObjective.cshtml</c>, <c>partials/Objectives.cshtml</c>,
/// <c>partials/LinesOfAction.cshtml</c>.
/// </summary>
public sealed record ProgrammePart(ProgrammeView Programme, PageContext Context);

/// <summary>
/// The model of the theme's <c>partials/ActivityDetails.cshtml</c>: all an activity's page says of it below its title
/// (facts, expected results, phases, description, key dates), under headings at <paramref name="HeadingLevel"/>, their ids
/// begun with <paramref name="IdPrefix"/> so that several activities can share a page (the printable programme).
/// </summary>
public sealed record ActivityDetails(ActivityView Activity, ProgrammeView Programme, PageContext Context, int HeadingLevel = 2, string IdPrefix = "");

/// <summary>
/// The model of the theme's <c>partials/ObjectiveDetails.cshtml</c>: an objective's expected results and text, under
/// headings at <paramref name="HeadingLevel"/> whose ids begin with <paramref name="IdPrefix"/>.
/// </summary>
public sealed record ObjectiveDetails(ObjectiveView Objective, PageContext Context, int HeadingLevel = 2, string IdPrefix = "");

/// <summary>
/// The model of the theme's <c>partials/ThemeList.cshtml</c>: a programme's themes or axes, each with its tagline,
/// description and, when <paramref name="ShowLinesOfAction"/>, its lines of action.
/// </summary>
public sealed record ThemeList(ProgrammeView Programme, PageContext Context, bool ShowLinesOfAction);

/// <summary>
/// The model of the theme's <c>partials/Status.cshtml</c>: a status (a shape and its name), "late" when
/// <paramref name="LateText"/> is given, and a figure when <paramref name="PercentText"/> is.
/// </summary>
public sealed record StatusBadge(StatusView? Status, string? LateText, PageContext Context, string? PercentText = null)
{
    /// <summary>An activity's status, and "late" when it is; with its figure when <paramref name="withPercent"/>.</summary>
    public static StatusBadge Of(ActivityProgressView progress, PageContext context, bool withPercent = false) =>
        new(progress.Status, progress.IsLate ? progress.LateText : null, context, withPercent ? progress.PercentText : null);
}

/// <summary>The model of the theme's <c>partials/ProgressFigure.cshtml</c>: a figure as a bar and as text, with the rule that made it.</summary>
public sealed record ProgressFigurePart(ProgressFigureView Figure, PageContext Context);

/// <summary>
/// The model of the theme's <c>partials/ActivityProgress.cshtml</c>: an activity's status, figure, last update, note and
/// milestones, under a heading at <paramref name="HeadingLevel"/> whose id begins with <paramref name="IdPrefix"/> (on
/// the programme's printable page, which holds every activity).
/// </summary>
public sealed record ActivityProgressPart(ActivityProgressView Progress, PageContext Context, int HeadingLevel = 2, string IdPrefix = "");

/// <summary>
/// The model of the theme's <c>partials/ProgressTable.cshtml</c>: objectives or themes counted by status, in a table
/// named by the heading <paramref name="LabelledBy"/>; with each group's figure when <paramref name="WithFigures"/>.
/// </summary>
public sealed record ProgressTablePart(string LabelledBy, string GroupHeading, ImmutableArray<ProgressGroupView> Groups, bool WithFigures, PageContext Context);

/// <summary>The model of the theme's <c>partials/Indicators.cshtml</c>: indicators, each a table of its targets and actual values per period.</summary>
public sealed record IndicatorsPart(ImmutableArray<IndicatorView> Indicators, PageContext Context);
