using System.Collections.Immutable;

namespace WorkPlanSite.Pages;

/// <summary>A date ready to show: its text in the page's language and its HTML <c>datetime</c> value(s).</summary>
/// <param name="Text">"31 mai – 4 juin 2021".</param>
/// <param name="DateTime">The <c>datetime</c> of the start (or the only) date: "2021-05-31".</param>
/// <param name="EndDateTime">The <c>datetime</c> of the end of a range, or null.</param>
/// <param name="Earliest">First day covered, if known.</param>
/// <param name="Latest">Last day covered, if known.</param>
public sealed record DateView(string Text, string? DateTime, string? EndDateTime, DateOnly? Earliest, DateOnly? Latest);

/// <summary>A link.</summary>
public sealed record LinkView(string Text, string Url, string? Language = null);

/// <summary>A theme or axis of a programme in one language.</summary>
public sealed record ThemeView(string Id, string Name, string? Tagline, string? Description, ImmutableArray<string> LinesOfAction, string Anchor);

/// <summary>A named phase with its period and, on an activity, what happens in it.</summary>
public sealed record PhaseView(string Id, string Name, DateView Period, ImmutableArray<string> Actions);

/// <summary>A key date in one language.</summary>
/// <param name="Date">When.</param>
/// <param name="Title">What.</param>
/// <param name="Language">The language <paramref name="Title"/> is written in (differs from the page's on a fallback).</param>
/// <param name="Place">Where, or null.</param>
/// <param name="Activity">The related activity, or null.</param>
/// <param name="IsUpcoming">True when it ends on or after the build date.</param>
public sealed record KeyDateView(DateView Date, string Title, string Language, string? Place, LinkView? Activity, bool IsUpcoming);

/// <summary>An activity in one language.</summary>
public sealed record ActivityView
{
    /// <summary>The id.</summary>
    public required string Id { get; init; }

    /// <summary>"1.1", or null.</summary>
    public string? Code { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>Its page.</summary>
    public required string Url { get; init; }

    /// <summary>The language its texts are written in.</summary>
    public required string Language { get; init; }

    /// <summary>True when shown in another language than the page's.</summary>
    public bool IsFallback { get; init; }

    /// <summary>The expected results, HTML (may be empty).</summary>
    public string ExpectedResultsHtml { get; init; } = "";

    /// <summary>The description, HTML (may be empty).</summary>
    public string BodyHtml { get; init; } = "";

    /// <summary>
    /// When, as the page writes it: the activity's period; for an activity with nothing planned
    /// (<see cref="NoDateGiven"/>) the words "no date given", without a machine-readable date; null when it runs in
    /// phases (<see cref="Phases"/>) or through the whole programme.
    /// </summary>
    public DateView? Period { get; init; }

    /// <summary>True when nothing is planned for it: no bar on the timeline, and no date, not even the programme's.</summary>
    public bool NoDateGiven { get; init; }

    /// <summary>The phases it runs in, in the programme's order, with their actions.</summary>
    public ImmutableArray<PhaseView> Phases { get; init; } = [];

    /// <summary>
    /// Its phases in words, each run of phases that follow one another as its first and last ("Consolidation phase –
    /// Dialogue phase"); empty when it runs in no phase.
    /// </summary>
    public string PhasesText { get; init; } = "";

    /// <summary>Its themes.</summary>
    public ImmutableArray<ThemeView> Themes { get; init; } = [];

    /// <summary>Who leads it.</summary>
    public string? Lead { get; init; }

    /// <summary>Partners.</summary>
    public ImmutableArray<string> Partners { get; init; } = [];

    /// <summary>The objective it serves, or null.</summary>
    public LinkView? Objective { get; init; }

    /// <summary>Key dates related to it.</summary>
    public ImmutableArray<KeyDateView> KeyDates { get; init; } = [];

    /// <summary>Its status, progress, milestones and note; null when it says nothing of its progress.</summary>
    public ActivityProgressView? Progress { get; init; }

    /// <summary>How it is measured: its indicators with their baseline, targets and actual values (may be empty).</summary>
    public ImmutableArray<IndicatorView> Indicators { get; init; } = [];
}

/// <summary>An objective in one language, with the activities that serve it.</summary>
public sealed record ObjectiveView
{
    /// <summary>The id.</summary>
    public required string Id { get; init; }

    /// <summary>True for the general objective.</summary>
    public bool IsGeneral { get; init; }

    /// <summary>"1", or null.</summary>
    public string? Code { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>Its page, or null for the general objective, which the programme page shows in full.</summary>
    public string? Url { get; init; }

    /// <summary>The language its texts are written in.</summary>
    public required string Language { get; init; }

    /// <summary>True when shown in another language than the page's.</summary>
    public bool IsFallback { get; init; }

    /// <summary>Expected results, HTML.</summary>
    public string ExpectedResultsHtml { get; init; } = "";

    /// <summary>Body, HTML.</summary>
    public string BodyHtml { get; init; } = "";

    /// <summary>Its themes.</summary>
    public ImmutableArray<ThemeView> Themes { get; init; } = [];

    /// <summary>The activities serving it, in order.</summary>
    public ImmutableArray<ActivityView> Activities { get; init; } = [];

    /// <summary>Its progress rolled up from its activities', with the rule in words; null when none of them has a progress.</summary>
    public ProgressFigureView? Progress { get; init; }

    /// <summary>How it is measured: its indicators with their baseline, targets and actual values (may be empty).</summary>
    public ImmutableArray<IndicatorView> Indicators { get; init; } = [];
}

/// <summary>A programme in one language: everything its pages show (its card, and all the rest).</summary>
public sealed record ProgrammeView : ProgrammeCard
{
    /// <summary>Its whole text on one printable page.</summary>
    public string PrintUrl { get; init; } = "";

    /// <summary>True when it calls its themes "axes".</summary>
    public bool ThemesAreAxes { get; init; }

    /// <summary>
    /// The introduction, HTML, in one piece: where the author placed a generated list (<c>{{ key-dates }}</c>), a link to
    /// that list (further down the page, or its own page).
    /// </summary>
    public string IntroductionHtml { get; init; } = "";

    /// <summary>
    /// The introduction cut where the author placed generated lists, for a template that shows each list there (and
    /// not again further down): each part's HTML, then the list that follows it. One part when nothing is placed.
    /// </summary>
    public ImmutableArray<IntroductionPart> IntroductionParts { get; init; } = [];

    /// <summary>True when the introduction places <paramref name="list"/>.</summary>
    public bool Places(Model.GeneratedList list) => IntroductionParts.Any(p => p.ListAfter == list);

    /// <summary>Themes or axes in order.</summary>
    public ImmutableArray<ThemeView> Themes { get; init; } = [];

    /// <summary>Named phases in order.</summary>
    public ImmutableArray<PhaseView> Phases { get; init; } = [];

    /// <summary>The general objective, or null.</summary>
    public ObjectiveView? GeneralObjective { get; init; }

    /// <summary>Specific objectives with their activities.</summary>
    public ImmutableArray<ObjectiveView> Objectives { get; init; } = [];

    /// <summary>Activities that serve no specific objective, grouped by theme when the programme has themes.</summary>
    public ImmutableArray<ActivityGroupView> OtherActivities { get; init; } = [];

    /// <summary>All activities in order.</summary>
    public ImmutableArray<ActivityView> Activities { get; init; } = [];

    /// <summary>All key dates, chronological.</summary>
    public ImmutableArray<KeyDateView> KeyDates { get; init; } = [];

    /// <summary>Its progress: figure, counts per status, per objective and per theme, late activities, latest notes; null when no activity says anything of its progress.</summary>
    public ProgressSummaryView? Progress { get; init; }
}

/// <summary>A group of activities under a heading (a theme or axis), or without one.</summary>
public sealed record ActivityGroupView(ThemeView? Theme, ImmutableArray<ActivityView> Activities);

/// <summary>A piece of a programme's introduction, HTML, and the generated list the author placed after it, if any.</summary>
public sealed record IntroductionPart(string Html, Model.GeneratedList? ListAfter);

/// <summary>One of the site's own pages in one language.</summary>
public sealed record PageView
{
    /// <summary>Its id.</summary>
    public required string Id { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>Its address.</summary>
    public required string Url { get; init; }

    /// <summary>The language its text is written in.</summary>
    public required string Language { get; init; }

    /// <summary>True when shown in another language than the page's.</summary>
    public bool IsFallback { get; init; }

    /// <summary>Its text, HTML.</summary>
    public string BodyHtml { get; init; } = "";

    /// <summary>The page it sits under, or null.</summary>
    public LinkView? Parent { get; init; }

    /// <summary>The pages under it that exist in this language, in order (their titles with their languages).</summary>
    public ImmutableArray<LinkView> Children { get; init; } = [];
}
