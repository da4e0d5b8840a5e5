using System.Collections.Immutable;

namespace WorkPlanSite.Pages;

/// <summary>A status in one language.</summary>
/// <param name="Key">What authors write (<c>under-way</c>): a stable value for CSS classes (<c>status-under-way</c>).</param>
/// <param name="Label">Its name in the page's language ("En cours").</param>
public sealed record StatusView(string Key, string Label);

/// <summary>A rolled-up progress ready to show: the figure and, next to it, how it was obtained.</summary>
/// <param name="Percent">0-100, for a bar's width or a <c>&lt;meter&gt;</c>/<c>&lt;progress&gt;</c> value.</param>
/// <param name="Text">The figure as the language writes it ("40 %", "40%").</param>
/// <param name="Rule">The rule in words ("Mean of the progress of its 3 activities; 1 cancelled activity left out.").</param>
public sealed record ProgressFigureView(int Percent, string Text, string Rule);

/// <summary>A milestone of an activity in one language.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Date">When it is due.</param>
/// <param name="Title">What it is.</param>
/// <param name="Language">The language <paramref name="Title"/> is written in (differs from the page's on a fallback).</param>
/// <param name="Done">True once reached.</param>
/// <param name="DoneText">"Done" or "To do" in the page's language, for the text beside a check mark.</param>
public sealed record MilestoneView(string Id, DateView Date, string Title, string Language, bool Done, string DoneText);

/// <summary>The latest word on an activity's progress, in one language.</summary>
/// <param name="Text">The note (plain text).</param>
/// <param name="Language">The language it is written in.</param>
/// <param name="Date">The day of the activity's last update (<c>updated</c>), or null.</param>
public sealed record ProgressNoteView(string Text, string Language, DateView? Date);

/// <summary>How far an activity has got, in one language; <see cref="ActivityView.Progress"/> is null when it says nothing of it.</summary>
public sealed record ActivityProgressView
{
    /// <summary>Its status, or null when it gives only a figure.</summary>
    public StatusView? Status { get; init; }

    /// <summary>Its progress (its own or its status's default), or null when it has none.</summary>
    public int? Percent { get; init; }

    /// <summary>The progress as the language writes it ("40 %"), or null.</summary>
    public string? PercentText { get; init; }

    /// <summary>True when its planned period is over on the build date and it is neither completed nor cancelled.</summary>
    public bool IsLate { get; init; }

    /// <summary>"Late" in the page's language when <see cref="IsLate"/>, else null.</summary>
    public string? LateText { get; init; }

    /// <summary>The day its progress was last brought up to date, or null.</summary>
    public DateView? Updated { get; init; }

    /// <summary>Its milestones in the order written.</summary>
    public ImmutableArray<MilestoneView> Milestones { get; init; } = [];

    /// <summary>Its progress note, or null.</summary>
    public ProgressNoteView? Note { get; init; }
}

/// <summary>How many activities have a status.</summary>
public sealed record StatusCountView(StatusView Status, int Count);

/// <summary>The activities of one objective or theme counted by status.</summary>
/// <param name="Title">The objective's title (with its code, "1. …") or the theme's name.</param>
/// <param name="Url">The objective's page, or the theme's anchor on the programme page.</param>
/// <param name="Progress">The objective's figure; null for a theme (themes are counted, not rolled up) or an objective with none.</param>
/// <param name="Counts">Every status of the site, in order, with its count (zeros included, so that tables line up).</param>
public sealed record ProgressGroupView(string Title, string Url, ProgressFigureView? Progress, ImmutableArray<StatusCountView> Counts);

/// <summary>A progress note of an activity, for the programme's list of latest notes.</summary>
public sealed record ActivityNoteView(LinkView Activity, ProgressNoteView Note);

/// <summary>
/// The progress of a programme in one language, for its programme page (or a progress page of its own).
/// <see cref="ProgrammeView.Progress"/> is null for a programme none of whose activities says anything of its progress.
/// </summary>
public sealed record ProgressSummaryView
{
    /// <summary>The programme's figure, or null when no activity has a progress figure (statuses only).</summary>
    public ProgressFigureView? Progress { get; init; }

    /// <summary>Every status of the site, in order, with how many of the programme's activities have it.</summary>
    public ImmutableArray<StatusCountView> Counts { get; init; } = [];

    /// <summary>How many activities give no status.</summary>
    public int WithoutStatus { get; init; }

    /// <summary>Per specific objective, in order: its figure and its activities counted by status.</summary>
    public ImmutableArray<ProgressGroupView> Objectives { get; init; } = [];

    /// <summary>Per theme or axis, in order: its activities (those whose first theme it is) counted by status.</summary>
    public ImmutableArray<ProgressGroupView> Themes { get; init; } = [];

    /// <summary>The late activities, in the programme's order.</summary>
    public ImmutableArray<ActivityView> Late { get; init; } = [];

    /// <summary>The programme's progress page in this language.</summary>
    public string Url { get; init; } = "";

    /// <summary>The JSON Schema that describes the JSON file, published beside it.</summary>
    public string SchemaUrl { get; init; } = "";

    /// <summary>The programme's progress as open data in this language: JSON (see <c>schemas/progress-data.schema.json</c>).</summary>
    public string JsonUrl { get; init; } = "";

    /// <summary>The same as CSV, one row per activity.</summary>
    public string CsvUrl { get; init; } = "";

    /// <summary>The objectives, then the activities, that have indicators, in the programme's order, each with its indicators.</summary>
    public ImmutableArray<IndicatorGroupView> Indicators { get; init; } = [];

    /// <summary>The indicators as CSV, one row per indicator and period; empty when no objective or activity has indicators.</summary>
    public string IndicatorsCsvUrl { get; init; } = "";

    /// <summary>The latest progress notes, newest first (undated last), at most five.</summary>
    public ImmutableArray<ActivityNoteView> LatestNotes { get; init; } = [];
}
