using System.Globalization;
using WorkPlanSite.Building;

namespace WorkPlanSite.Cli;

/// <summary>What the commands print about a build for people: a one-line summary, and with --verbose each stage's time.</summary>
internal static class BuildReport
{
    /// <summary>"Built 96 pages (en 48, fr 48) in 0.62 s into _site."</summary>
    public static string Summary(BuildResult result, string? into)
    {
        var languages = string.Join(", ", result.PagesPerLanguage.Select(p => $"{p.Key} {p.Value}"));
        var total = result.PagesPerLanguage.Values.Sum();
        var warnings = result.WarningCount > 0 ? $", {Counted.Of(result.WarningCount, "warning")}" : "";
        var where = into is null ? "" : $" into {into}";
        return $"Built {total} pages ({languages}) in {Seconds(result.Elapsed)} s{where}{warnings}.";
    }

    /// <summary>Each stage and its time, one per line, on standard error.</summary>
    public static void PrintStages(BuildResult result)
    {
        foreach (var stage in result.Stages)
        {
            Console.Error.WriteLine($"  {stage.Stage,-14} {Seconds(stage.Elapsed),6} s {Seconds(stage.Cpu),6} s cpu {Seconds(stage.GcPause),6} s gc {Megabytes(stage.AllocatedBytes),7} MB allocated {Megabytes(stage.HeapBytes),6} MB heap");
            foreach (var step in stage.Steps)
            {
                Console.Error.WriteLine($"    {step.Step,-12} {Seconds(step.WorkerTime),6} s of the workers' time");
            }
        }
    }

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>
/// Progress of a long build on the terminal: once a build has run for a second, the stage it is in is shown on
/// standard error ("Rendering 96 pages…"), updated in place, and erased at the end. Nothing is shown when
/// standard error is not a terminal, so logs stay clean.
/// </summary>
internal sealed class BuildProgress : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private readonly Lock _gate = new();
    private readonly Timer? _timer;
    private BuildStage? _stage;
    private bool _showing;

    public BuildProgress()
    {
        if (!Console.IsErrorRedirected)
        {
            _timer = new Timer(_ => Show(), null, Delay, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>The observer to give to <see cref="SiteBuilder"/>.</summary>
    public void OnStage(BuildStage stage)
    {
        lock (_gate)
        {
            _stage = stage;
            if (_showing)
            {
                Draw();
            }
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            if (_showing)
            {
                Console.Error.Write("\r\u001b[K");
                _showing = false;
            }

            _stage = null;
        }
    }

    private void Show()
    {
        lock (_gate)
        {
            if (_stage is not null)
            {
                _showing = true;
                Draw();
            }
        }
    }

    private void Draw() =>
        Console.Error.Write($"\r\u001b[K{_stage!.Name}{(_stage.Detail is null ? "" : $" {_stage.Detail}")}…");
}
