using System.Collections.Immutable;

namespace WorkPlanSite.Progress;

/// <summary>
/// The progress of a programme on the build date: each activity's standing, each specific objective's figure and the
/// programme's. Made by <see cref="ProgressRollUp"/> only for a programme with progress information.
/// </summary>
/// <param name="Activities">The standing of every activity, in the programme's order.</param>
/// <param name="Objectives">The figure of each specific objective that has activities with a progress, by objective id.</param>
/// <param name="Programme">The programme's figure, or null when no activity has a progress.</param>
public sealed record ProgrammeProgress(
    ImmutableArray<ActivityStanding> Activities,
    ImmutableSortedDictionary<string, ProgressFigure> Objectives,
    ProgressFigure? Programme)
{
    /// <summary>The activities that are late, in the programme's order.</summary>
    public IEnumerable<ActivityStanding> Late => Activities.Where(a => a.IsLate);

    /// <summary>The standing of the activity <paramref name="id"/>, or null.</summary>
    public ActivityStanding? Of(string id) => Activities.FirstOrDefault(a => string.Equals(a.Activity.Id, id, StringComparison.Ordinal));
}
