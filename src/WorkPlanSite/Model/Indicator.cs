using System.Collections.Immutable;
using WorkPlanSite.Dates;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Model;

/// <summary>What an indicator's values are.</summary>
public enum IndicatorKind
{
    /// <summary>A number, in the indicator's <c>unit</c> (associations reached, events held).</summary>
    Number,

    /// <summary>A percentage, 0-100.</summary>
    Percentage,

    /// <summary>A word or a short text ("good", "partly"), not a figure.</summary>
    Qualitative,
}

/// <summary>A value of an indicator: a number for numbers and percentages, a text for qualitative indicators.</summary>
/// <param name="Number">The figure, or null for a qualitative value.</param>
/// <param name="Text">The text of a qualitative value, or null.</param>
public sealed record IndicatorValue(decimal? Number, string? Text);

/// <summary>The target and the actual value of an indicator for one period.</summary>
/// <param name="Period">The period (a year, a half-year, a quarter…), as written.</param>
/// <param name="Target">What was aimed at, or null.</param>
/// <param name="Actual">What was reached, or null while not known.</param>
/// <param name="Position">Where the entry is written.</param>
public sealed record IndicatorMeasure(ImpreciseDate Period, IndicatorValue? Target, IndicatorValue? Actual, SourcePosition Position);

/// <summary>
/// How an activity or an objective is measured (<c>indicators</c> in its <c>.yaml</c> file); its title and the comment
/// on each period are in the language files (<c>indicators.&lt;id&gt;</c>).
/// </summary>
public sealed record Indicator
{
    /// <summary>The id the language files name it by.</summary>
    public required string Id { get; init; }

    /// <summary>What its values are.</summary>
    public required IndicatorKind Kind { get; init; }

    /// <summary>The unit of a number ("associations"), or null.</summary>
    public string? Unit { get; init; }

    /// <summary>True (the default) when a higher value is better; false for a figure to bring down.</summary>
    public bool HigherIsBetter { get; init; } = true;

    /// <summary>The value at the start, or null.</summary>
    public IndicatorValue? Baseline { get; init; }

    /// <summary>When the baseline was measured, or null.</summary>
    public ImpreciseDate? BaselineDate { get; init; }

    /// <summary>Targets and actual values per period, in the order written.</summary>
    public ImmutableArray<IndicatorMeasure> Measures { get; init; } = [];

    /// <summary>Where it is written.</summary>
    public required SourcePosition Position { get; init; }
}

/// <summary>The texts of an indicator in one language.</summary>
/// <param name="Title">What it measures.</param>
/// <param name="Comments">A comment per period, by the period's EDTF notation (<c>2021</c>, <c>2021-41</c>).</param>
public sealed record IndicatorText(string Title, ImmutableSortedDictionary<string, string> Comments);
