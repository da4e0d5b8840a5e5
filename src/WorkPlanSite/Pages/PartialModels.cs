using System.Collections.Immutable;

namespace WorkPlanSite.Pages;

/// <summary>The model of the theme's <c>partials/ProgrammeNav.cshtml</c>: a programme's views, <paramref name="Current"/> marked ("programme", "timeline", "keyDates").</summary>
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
