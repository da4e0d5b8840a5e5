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
