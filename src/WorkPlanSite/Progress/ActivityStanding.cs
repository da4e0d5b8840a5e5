using WorkPlanSite.Model;

namespace WorkPlanSite.Progress;

/// <summary>Where one activity stands on the build date, as the roll-up and the lists of late activities read it.</summary>
/// <param name="Activity">The activity.</param>
/// <param name="Status">Its status, or null when it gives none (or one the site does not know, which is an error).</param>
/// <param name="Percent">Its own progress, else its status's default; null when it gives neither.</param>
/// <param name="PlannedEnd">The last day of its planned period (its period, else its phases, else the programme's), or null when nothing is planned.</param>
/// <param name="IsLate">True when its planned period is over on the build date and it is neither completed nor cancelled.</param>
public sealed record ActivityStanding(Activity Activity, ProgressStatus? Status, int? Percent, DateOnly? PlannedEnd, bool IsLate)
{
    /// <summary>True when it is cancelled, and so left out of the roll-up.</summary>
    public bool IsCancelled => Status?.Role == StatusRole.Cancelled;

    /// <summary>True when it counts in its objective's figure: it has a progress and is not cancelled.</summary>
    public bool Counts => Percent is not null && !IsCancelled;
}
