using System.Diagnostics;

namespace WorkPlanSite.Building;

/// <summary>How long one stage of a build took, so that speed work and regressions can be seen stage by stage.</summary>
/// <param name="Stage">The stage's name ("load", "render+write", ...).</param>
/// <param name="Elapsed">Its wall time.</param>
/// <param name="Cpu">Processor time of the whole process during the stage (all threads, the runtime's included).</param>
/// <param name="HeapBytes">The managed heap's size when the stage ended (without forcing a collection).</param>
/// <param name="AllocatedBytes">What the stage allocated (all threads).</param>
/// <param name="GcPause">How long the garbage collector paused the program during the stage.</param>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan Cpu, long HeapBytes, long AllocatedBytes, TimeSpan GcPause);

/// <summary>Times consecutive stages of one build.</summary>
internal sealed class StageClock
{
    private readonly List<StageTiming> _stages = [];
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private TimeSpan _cpu = Environment.CpuUsage.TotalTime;
    private long _allocated = GC.GetTotalAllocatedBytes();
    private TimeSpan _pause = GC.GetTotalPauseDuration();

    /// <summary>Ends the current stage under <paramref name="stage"/> and starts the next one.</summary>
    public void Lap(string stage)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var pause = GC.GetTotalPauseDuration();
        _stages.Add(new StageTiming(stage, _watch.Elapsed, cpu - _cpu, GC.GetTotalMemory(forceFullCollection: false), allocated - _allocated, pause - _pause));
        (_cpu, _allocated, _pause) = (cpu, allocated, pause);
        _watch.Restart();
    }

    public IReadOnlyList<StageTiming> Stages => _stages;
}
