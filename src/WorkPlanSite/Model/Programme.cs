using System.Collections.Immutable;
using WorkPlanSite.Dates;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Model;

/// <summary>What a programme calls its themes.</summary>
public enum ThemeLabel
{
    /// <summary>"Themes" (CCRE: Personnes, Partenariat…).</summary>
    Theme,

    /// <summary>"Axes" (TOGETHER).</summary>
    Axis,
}

/// <summary>How the timeline groups activities.</summary>
public enum TimelineGrouping
{
    /// <summary>By specific objective.</summary>
    Objective,

    /// <summary>By theme or axis.</summary>
    Theme,
}

/// <summary>The columns of the timeline.</summary>
public enum TimelineScale
{
    /// <summary>One column per month.</summary>
    Month,

    /// <summary>One column per quarter.</summary>
    Quarter,

    /// <summary>One column per named phase of the programme.</summary>
    Phase,
}

/// <summary>A named phase of a programme (TOGETHER's quarters) with its period.</summary>
public sealed record Phase(string Id, ImpreciseDate Period, SourcePosition Position);

/// <summary>The texts of one theme in one language.</summary>
public sealed record ThemeText(string Name, string? Tagline, string? Description, ImmutableArray<string> LinesOfAction);

/// <summary>The language-dependent part of a programme.</summary>
public sealed record ProgrammeText(
    string Title,
    string? Slug,
    string Organisation,
    string? Summary,
    ImmutableSortedDictionary<string, ThemeText> Themes,
    ImmutableSortedDictionary<string, string> Phases,
    MarkdownText Introduction,
    SourcePosition Position);

/// <summary>A work programme: the root of everything published about it.</summary>
public sealed record Programme
{
    /// <summary>The folder name.</summary>
    public required string Id { get; init; }

    /// <summary>Position on the home page.</summary>
    public required int Order { get; init; }

    /// <summary>The period the programme covers.</summary>
    public required ImpreciseDate Period { get; init; }

    /// <summary>What the programme calls its themes.</summary>
    public ThemeLabel ThemeLabel { get; init; }

    /// <summary>Theme ids in order.</summary>
    public ImmutableArray<string> Themes { get; init; } = [];

    /// <summary>Named phases in order.</summary>
    public ImmutableArray<Phase> Phases { get; init; } = [];

    /// <summary>How the timeline groups activities.</summary>
    public TimelineGrouping TimelineGrouping { get; init; }

    /// <summary>The timeline's columns.</summary>
    public TimelineScale TimelineScale { get; init; }

    /// <summary>Texts per language.</summary>
    public required Translations<ProgrammeText> Texts { get; init; }

    /// <summary>All objectives, general first, then specific ones by order.</summary>
    public ImmutableArray<Objective> Objectives { get; init; } = [];

    /// <summary>All activities by objective order, then by their own order.</summary>
    public ImmutableArray<Activity> Activities { get; init; } = [];

    /// <summary>Key dates in chronological order.</summary>
    public ImmutableArray<KeyDate> KeyDates { get; init; } = [];

    /// <summary>Where the programme's language-neutral file and each of its keys are.</summary>
    public required SourceMap Source { get; init; }

    /// <summary>The general objective, if the programme states one.</summary>
    public Objective? GeneralObjective => Objectives.FirstOrDefault(o => o.Kind == ObjectiveKind.General);

    /// <summary>The specific objectives in order.</summary>
    public IEnumerable<Objective> SpecificObjectives => Objectives.Where(o => o.Kind == ObjectiveKind.Specific);

    /// <summary>The activity with this id, or null.</summary>
    public Activity? Activity(string id) => Activities.FirstOrDefault(a => a.Id == id);

    /// <summary>The objective with this id, or null.</summary>
    public Objective? Objective(string id) => Objectives.FirstOrDefault(o => o.Id == id);
}
