using System.Collections.Immutable;
using System.Diagnostics;

namespace WorkPlanSite.Building;

/// <summary>A stage of the build as it starts, for progress display: its name and, when known, how much it has to do.</summary>
/// <param name="Name">Configure, Load, Validate, Model, Render or Write.</param>
/// <param name="Detail">For example "96 pages".</param>
public sealed record BuildStage(string Name, string? Detail = null);

/// <summary>How long one stage of a build took.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);

/// <summary>Times the stages of one build, and tells an observer when each one starts.</summary>
internal sealed class StageClock(Action<BuildStage>? observer)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ImmutableArray<StageTiming>.Builder _timings = ImmutableArray.CreateBuilder<StageTiming>();
    private string? _current;
    private TimeSpan _started;

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Ends the current stage and starts <paramref name="name"/>.</summary>
    public void Begin(string name, string? detail = null)
    {
        End();
        _current = name;
        _started = _clock.Elapsed;
        observer?.Invoke(new BuildStage(name, detail));
    }

    /// <summary>Ends the current stage; returns every stage's time so far.</summary>
    public ImmutableArray<StageTiming> Finish()
    {
        End();
        return _timings.ToImmutable();
    }

    private void End()
    {
        if (_current is not null)
        {
            _timings.Add(new StageTiming(_current, _clock.Elapsed - _started));
            _current = null;
        }
    }
}
