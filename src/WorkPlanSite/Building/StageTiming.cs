using System.Diagnostics;

namespace WorkPlanSite.Building;

/// <summary>How long one stage of a build took, so that speed work and regressions can be seen stage by stage.</summary>
/// <param name="Stage">The stage's name ("load", "render+write", ...).</param>
/// <param name="Elapsed">Its wall time.</param>
/// <param name="Cpu">Processor time of the whole process during the stage (all threads, the runtime's included).</param>
/// <param name="HeapBytes">The managed heap's size when the stage ended (without forcing a collection).</param>
/// <param name="AllocatedBytes">What the stage allocated (all threads).</param>
/// <param name="GcPause">How long the garbage collector paused the program during the stage.</param>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan Cpu, long HeapBytes, long AllocatedBytes, TimeSpan GcPause)
{
    /// <summary>For a stage whose workers take turns at several steps: each step's time, summed over the workers.</summary>
    public IReadOnlyList<StepTiming> Steps { get; init; } = [];
}

/// <summary>How long the workers of a stage spent in one of its steps, all together.</summary>
/// <param name="Step">The step's name ("model", "render", ...).</param>
/// <param name="WorkerTime">The time, summed over the workers (more than the stage's wall time when they work in parallel).</param>
public sealed record StepTiming(string Step, TimeSpan WorkerTime);

/// <summary>Adds up, from any thread, the time spent in each step of a parallel stage.</summary>
internal sealed class StepClock(params string[] steps)
{
    private readonly long[] _ticks = new long[steps.Length];

    /// <summary>A start time to pass to <see cref="Add"/>.</summary>
    public static long Now => Stopwatch.GetTimestamp();

    /// <summary>Adds the time since <paramref name="start"/> to step <paramref name="step"/>; returns now, the start of the next step.</summary>
    public long Add(int step, long start)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Add(ref _ticks[step], now - start);
        return now;
    }

    /// <summary>Takes <paramref name="ticks"/> away from step <paramref name="step"/> (time counted in a nested step).</summary>
    public void Subtract(int step, long ticks) => Interlocked.Add(ref _ticks[step], -ticks);

    /// <summary>Each step's time.</summary>
    public IReadOnlyList<StepTiming> Steps => steps.Select((name, i) => new StepTiming(name, Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[i])))).ToList();
}

/// <summary>Times consecutive stages of one build.</summary>
internal sealed class StageClock
{
    private readonly List<StageTiming> _stages = [];
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private TimeSpan _cpu = Environment.CpuUsage.TotalTime;
    private long _allocated = GC.GetTotalAllocatedBytes();
    private TimeSpan _pause = GC.GetTotalPauseDuration();

    /// <summary>Ends the current stage under <paramref name="stage"/> and starts the next one.</summary>
    public void Lap(string stage) => Lap(stage, []);

    /// <summary>Ends the current stage, whose workers spent <paramref name="steps"/>, and starts the next one.</summary>
    public void Lap(string stage, IReadOnlyList<StepTiming> steps)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var pause = GC.GetTotalPauseDuration();
        _stages.Add(new StageTiming(stage, _watch.Elapsed, cpu - _cpu, GC.GetTotalMemory(forceFullCollection: false), allocated - _allocated, pause - _pause) { Steps = steps });
        (_cpu, _allocated, _pause) = (cpu, allocated, pause);
        _watch.Restart();
    }

    public IReadOnlyList<StageTiming> Stages => _stages;
}
