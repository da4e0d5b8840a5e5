using System.Diagnostics;

namespace WorkPlanSite.Building;

/// <summary>How long one stage of a build took, so that speed work and regressions can be seen stage by stage.</summary>
/// <param name="Stage">The stage's name ("load", "render+write", ...).</param>
/// <param name="Elapsed">Its wall time.</param>
/// <param name="HeapBytes">The managed heap's size when the stage ended (without forcing a collection).</param>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, long HeapBytes);

/// <summary>Times consecutive stages of one build.</summary>
internal sealed class StageClock
{
    private readonly List<StageTiming> _stages = [];
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    /// <summary>Ends the current stage under <paramref name="stage"/> and starts the next one.</summary>
    public void Lap(string stage)
    {
        _stages.Add(new StageTiming(stage, _watch.Elapsed, GC.GetTotalMemory(forceFullCollection: false)));
        _watch.Restart();
    }

    public IReadOnlyList<StageTiming> Stages => _stages;
}
