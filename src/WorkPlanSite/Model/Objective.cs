using System.Collections.Immutable;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Model;

/// <summary>General (one per programme) or specific.</summary>
public enum ObjectiveKind
{
    /// <summary>The programme's overall aim.</summary>
    General,

    /// <summary>One of the specific objectives that activities serve.</summary>
    Specific,
}

/// <summary>The language-dependent part of an objective.</summary>
public sealed record ObjectiveText(string Title, string? Slug, MarkdownText ExpectedResults, MarkdownText Body, SourcePosition Position)
{
    /// <summary>The title and comments of each indicator in this language, by indicator id.</summary>
    public ImmutableSortedDictionary<string, IndicatorText> IndicatorTexts { get; init; } = ImmutableSortedDictionary<string, IndicatorText>.Empty.WithComparers(StringComparer.Ordinal);
}

/// <summary>An objective of a programme.</summary>
public sealed record Objective
{
    /// <summary>The file name without suffix.</summary>
    public required string Id { get; init; }

    /// <summary>General or specific.</summary>
    public required ObjectiveKind Kind { get; init; }

    /// <summary>Label shown before the title ("1"), or null.</summary>
    public string? Code { get; init; }

    /// <summary>Order among objectives.</summary>
    public int Order { get; init; }

    /// <summary>Theme ids.</summary>
    public ImmutableArray<string> Themes { get; init; } = [];

    /// <summary>Its weight in the programme's progress roll-up, or null (counts as 1 when another objective has a weight).</summary>
    public decimal? Weight { get; init; }

    /// <summary>How it is measured.</summary>
    public ImmutableArray<Indicator> Indicators { get; init; } = [];

    /// <summary>Texts per language.</summary>
    public required Translations<ObjectiveText> Texts { get; init; }

    /// <summary>Where its language-neutral file and each of its keys are.</summary>
    public required SourceMap Source { get; init; }
}
