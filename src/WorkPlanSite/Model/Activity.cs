using System.Collections.Immutable;
using WorkPlanSite.Dates;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Model;

/// <summary>The language-dependent part of an activity.</summary>
public sealed record ActivityText(
    string Title,
    string? Slug,
    MarkdownText ExpectedResults,
    ImmutableSortedDictionary<string, ImmutableArray<string>> PhaseActions,
    MarkdownText Body,
    SourcePosition Position)
{
    /// <summary>The title of each milestone in this language, by milestone id.</summary>
    public ImmutableSortedDictionary<string, string> MilestoneTitles { get; init; } = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>The latest word on its progress in this language (<c>progressNote</c>), dated by the activity's <c>updated</c>; or null.</summary>
    public string? ProgressNote { get; init; }

    /// <summary>The title and comments of each indicator in this language, by indicator id.</summary>
    public ImmutableSortedDictionary<string, IndicatorText> IndicatorTexts { get; init; } = ImmutableSortedDictionary<string, IndicatorText>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Where <c>milestones</c> is written in the front matter, for messages about its entries.</summary>
    public SourcePosition? MilestoneTitlesPosition { get; init; }
}

/// <summary>An activity of a programme.</summary>
public sealed record Activity
{
    /// <summary>The file name without suffix.</summary>
    public required string Id { get; init; }

    /// <summary>Label shown before the title ("1.1"), or null.</summary>
    public string? Code { get; init; }

    /// <summary>Order within its objective or theme.</summary>
    public int Order { get; init; }

    /// <summary>Id of the objective it serves, or null.</summary>
    public string? ObjectiveId { get; init; }

    /// <summary>Theme ids.</summary>
    public ImmutableArray<string> Themes { get; init; } = [];

    /// <summary>When it takes place, if said.</summary>
    public ImpreciseDate? Period { get; init; }

    /// <summary>Phase ids of the programme in which it takes place.</summary>
    public ImmutableArray<string> Phases { get; init; } = [];

    /// <summary>
    /// True when the author wrote <c>period</c> or <c>phases</c> without a value (<c>phases: []</c>): nothing is planned
    /// for it, which is not the same as running through the whole programme. An activity with neither key runs
    /// through the programme's period.
    /// </summary>
    public bool NothingPlanned { get; init; }

    /// <summary>Who leads it, if said (a name may differ per language: "Secrétariat du CCRE", "CEMR secretariat").</summary>
    public LocalizedText Lead { get; init; } = LocalizedText.Empty;

    /// <summary>Partners named for it.</summary>
    public ImmutableArray<LocalizedText> Partners { get; init; } = [];

    /// <summary>Status, progress, weight, last update and milestones; <see cref="ActivityProgress.None"/> when none is given.</summary>
    public ActivityProgress Progress { get; init; } = ActivityProgress.None;

    /// <summary>How it is measured.</summary>
    public ImmutableArray<Indicator> Indicators { get; init; } = [];

    /// <summary>Texts per language.</summary>
    public required Translations<ActivityText> Texts { get; init; }

    /// <summary>Where its language-neutral file and each of its keys are.</summary>
    public required SourceMap Source { get; init; }
}
