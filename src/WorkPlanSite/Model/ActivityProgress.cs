using System.Collections.Immutable;
using WorkPlanSite.Dates;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Model;

/// <summary>A step of an activity, dated as programmes date things, done or not; its title is in the language files.</summary>
/// <param name="Id">The id the language files name it by (<c>milestones.launch: …</c>).</param>
/// <param name="Date">When it is due.</param>
/// <param name="Done">True once reached.</param>
/// <param name="Position">Where it is written.</param>
public sealed record Milestone(string Id, ImpreciseDate Date, bool Done, SourcePosition Position);

/// <summary>
/// How far an activity has got, as its language-neutral file says (<c>status</c>, <c>progress</c>, <c>weight</c>,
/// <c>updated</c>, <c>milestones</c>). <see cref="None"/> for an activity that says nothing about it, as the three
/// example programmes do: their pages then stay as they were.
/// </summary>
public sealed record ActivityProgress
{
    /// <summary>No progress information.</summary>
    public static ActivityProgress None { get; } = new();

    /// <summary>The status key as written, or null.</summary>
    public string? Status { get; init; }

    /// <summary>The progress, 0-100, as written, or null to take the status's default.</summary>
    public int? Percent { get; init; }

    /// <summary>Its weight in its objective's roll-up, or null (counts as 1 when another activity has a weight).</summary>
    public decimal? Weight { get; init; }

    /// <summary>The day its progress was last brought up to date, or null.</summary>
    public DateOnly? Updated { get; init; }

    /// <summary>Its milestones, in the order written.</summary>
    public ImmutableArray<Milestone> Milestones { get; init; } = [];

    /// <summary>
    /// The id of every milestone written, including those whose entry has an error (reported while loading), so that
    /// their titles in the language files are not reported a second time as naming a milestone that does not exist.
    /// </summary>
    public ImmutableArray<string> MilestoneIds { get; init; } = [];

    /// <summary>True when the activity says nothing about its progress.</summary>
    public bool IsEmpty => Status is null && Percent is null && Weight is null && Updated is null && Milestones.IsEmpty && MilestoneIds.IsEmpty;
}
