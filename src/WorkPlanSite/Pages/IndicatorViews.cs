using System.Collections.Immutable;

namespace WorkPlanSite.Pages;

/// <summary>A value of an indicator as the page's language writes it.</summary>
/// <param name="Text">"52", "5,5 associations", "78 %", or the words of a qualitative value.</param>
/// <param name="Number">The figure, or null for a qualitative value.</param>
public sealed record IndicatorValueView(string Text, decimal? Number);

/// <summary>What an indicator aimed at and reached in one period.</summary>
/// <param name="Period">The period.</param>
/// <param name="Target">What was aimed at, or null.</param>
/// <param name="Actual">What was reached, or null while not known.</param>
/// <param name="Comment">The comment on the period in the item's language, or null.</param>
public sealed record IndicatorPeriodView(DateView Period, IndicatorValueView? Target, IndicatorValueView? Actual, string? Comment);

/// <summary>An indicator of an activity or an objective in one language (see <c>indicators</c> in docs/content-format.md).</summary>
public sealed record IndicatorView
{
    /// <summary>Its id.</summary>
    public required string Id { get; init; }

    /// <summary>What it measures, in the item's language (<see cref="Language"/>).</summary>
    public required string Title { get; init; }

    /// <summary>The language of <see cref="Title"/> and the comments: the language the item's texts are shown in.</summary>
    public required string Language { get; init; }

    /// <summary>"number", "percentage" or "qualitative": a stable value for CSS classes and data.</summary>
    public required string Kind { get; init; }

    /// <summary>The unit of a number, as written, or null.</summary>
    public string? Unit { get; init; }

    /// <summary>True when a higher value is better.</summary>
    public bool HigherIsBetter { get; init; } = true;

    /// <summary>"Higher is better" or "Lower is better" in the page's language; null for a qualitative indicator.</summary>
    public string? DirectionText { get; init; }

    /// <summary>The value at the start, or null.</summary>
    public IndicatorValueView? Baseline { get; init; }

    /// <summary>When the baseline was measured, or null.</summary>
    public DateView? BaselineDate { get; init; }

    /// <summary>Targets and actual values per period, in the order written.</summary>
    public ImmutableArray<IndicatorPeriodView> Periods { get; init; } = [];
}

/// <summary>The indicators of one objective or activity, for the progress page.</summary>
/// <param name="Item">The objective or activity: its title (with its code) and its page.</param>
/// <param name="Indicators">Its indicators.</param>
public sealed record IndicatorGroupView(LinkView Item, ImmutableArray<IndicatorView> Indicators);
