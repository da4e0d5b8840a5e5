using System.Collections.Immutable;
using System.Globalization;
using WorkPlanSite.Model;

namespace WorkPlanSite.Progress;

/// <summary>What needs attention in one programme on the build date: late activities and activities not updated for a while.</summary>
/// <param name="ProgrammeId">The programme.</param>
/// <param name="HasProgress">False when none of its activities says anything of its progress (nothing is then judged).</param>
/// <param name="Late">Its late activities, in order.</param>
/// <param name="Stale">Its unfinished activities whose progress was last updated before the limit, or never, in order.</param>
public sealed record ProgrammeAttention(string ProgrammeId, bool HasProgress, ImmutableArray<ActivityStanding> Late, ImmutableArray<ActivityStanding> Stale);

/// <summary>
/// Builds and writes the report of <c>workplansite progress</c>. An activity is stale when it has progress information, is
/// neither completed nor cancelled, and its <c>updated</c> is missing or more than the given number of months before the
/// build date.
/// </summary>
public static class ProgressReport
{
    /// <summary>How many months without an update make an activity stale when the command is not told otherwise.</summary>
    public const int DefaultStaleMonths = 3;

    /// <summary>What needs attention in each programme (as loaded, before the Model stage orders its items), in site order.</summary>
    public static ImmutableArray<ProgrammeAttention> Of(IEnumerable<Programme> programmes, StatusSet statuses, DateOnly buildDate, int staleMonths)
    {
        var limit = buildDate.AddMonths(-staleMonths);
        return programmes.Select(programme =>
        {
            // Read without the Model stage, the items are in the order of the files: put them in the pages' order.
            var ordered = programme with { Activities = [.. SiteModelBuilder.InOrder(programme.Activities, SiteModelBuilder.InOrder(programme.Objectives))] };
            if (ProgressRollUp.Of(ordered, statuses, buildDate) is not { } progress)
            {
                return new ProgrammeAttention(programme.Id, false, [], []);
            }

            var stale = progress.Activities.Where(s =>
                !s.Activity.Progress.IsEmpty
                && s.Status?.Role is not (StatusRole.Completed or StatusRole.Cancelled)
                && (s.Activity.Progress.Updated is not { } updated || updated < limit));
            return new ProgrammeAttention(programme.Id, true, [.. progress.Late], [.. stale]);
        }).ToImmutableArray();
    }

    /// <summary>Writes the report, one programme after the other, for people and for a CI log.</summary>
    public static void Write(TextWriter output, IReadOnlyList<ProgrammeAttention> report, DateOnly buildDate, int staleMonths)
    {
        output.WriteLine(FormattableString.Invariant($"Progress on {buildDate:yyyy-MM-dd} (stale: not updated for {staleMonths} {(staleMonths == 1 ? "month" : "months")} or more)."));
        foreach (var programme in report)
        {
            if (!programme.HasProgress)
            {
                output.WriteLine($"{programme.ProgrammeId}: no progress information.");
                continue;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{programme.ProgrammeId}: {programme.Late.Length} late, {programme.Stale.Length} not updated."));
            foreach (var late in programme.Late)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  late: {Name(late.Activity)}, planned until {late.PlannedEnd:yyyy-MM-dd}, {late.Status?.Key ?? "no status"}{(late.Percent is { } p ? $", {p}%" : "")} ({late.Activity.Source.File.Path})"));
            }

            foreach (var stale in programme.Stale)
            {
                var since = stale.Activity.Progress.Updated is { } updated ? "not updated since " + updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "never updated";
                output.WriteLine($"  {since}: {Name(stale.Activity)} ({stale.Activity.Source.File.Path})");
            }
        }
    }

    private static string Name(Activity activity) => activity.Code is null ? activity.Id : $"{activity.Code} {activity.Id}";
}
