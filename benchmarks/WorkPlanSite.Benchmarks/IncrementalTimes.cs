using System.Diagnostics;
using System.Globalization;
using WorkPlanSite.Building;
using WorkPlanSite.Configuration;
using WorkPlanSite.Serving;

namespace WorkPlanSite.Benchmarks;

/// <summary>
/// Measures what a preview server does after an author saves one file: a first build through the preview's
/// <see cref="PreviewRebuilder"/> (the build itself, into memory), then, several times, one activity's English text
/// is changed on disk and the site is rebuilt. The time runs from just before the file is written to when the new
/// site is ready to be served.
/// </summary>
internal static class IncrementalTimes
{
    public static async Task<int> RunAsync(string[] args)
    {
        var config = Path.GetFullPath(Arguments.Value(args, "--config") ?? "site.config.json");
        var output = Arguments.Value(args, "--output");
        var runs = int.Parse(Arguments.Value(args, "--runs") ?? "10", CultureInfo.InvariantCulture);
        var rebuilder = new PreviewRebuilder(new BuildOptions(config, output));
        var origin = new Uri("http://127.0.0.1:8080");
        var first = await rebuilder.RebuildAsync(origin, [], CancellationToken.None);
        if (first.Snapshot is not { } previous)
        {
            first.Result.Diagnostics.Take(20).ToList().ForEach(d => Console.Error.WriteLine(d));
            return 1;
        }

        var content = Path.Combine(Path.GetDirectoryName(config)!, "content");
        var programmes = Directory.GetDirectories(content).Order(StringComparer.Ordinal).ToList();
        var activity = Directory.GetFiles(Path.Combine(programmes[programmes.Count / 2], "activities"), "*.en.md").Order(StringComparer.Ordinal).First();
        var original = await File.ReadAllTextAsync(activity);
        var times = new List<double>();
        var changedFiles = 0;
        var madeFiles = 0;
        try
        {
            for (var run = 1; run <= runs; run++)
            {
                var changed = original.Replace("\n---\n", $"\n---\n\nRevision {run} of this activity.\n", StringComparison.Ordinal);
                var watch = Stopwatch.StartNew();
                await File.WriteAllTextAsync(activity, changed);
                var rebuild = await rebuilder.RebuildAsync(origin, [activity], CancellationToken.None);
                watch.Stop();
                if (rebuild.Snapshot is not { } site)
                {
                    Console.Error.WriteLine("The rebuild failed.");
                    rebuild.Result.Diagnostics.Take(20).ToList().ForEach(d => Console.Error.WriteLine(d));
                    return 1;
                }

                changedFiles = site.ChangedSince(previous).Length;
                madeFiles = rebuild.Result.FilesMade;
                var previousSite = previous;
                previous = site;
                times.Add(watch.Elapsed.TotalMilliseconds);
                if (args.Contains("--verbose"))
                {
                    Console.WriteLine(FormattableString.Invariant($"change {run}: {watch.Elapsed.TotalMilliseconds:0} ms ({string.Join("  ", rebuild.Result.Stages.Select(Describe))}; {site.ChangedSince(previousSite).Length} files changed)"));
                }
            }
        }
        finally
        {
            await File.WriteAllTextAsync(activity, original);
        }

        times.Sort();
        var median = times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2;
        Console.WriteLine(FormattableString.Invariant(
            $"one activity text changed -> site ready to serve: median {median:0} ms (min {times[0]:0}, max {times[^1]:0}) over {times.Count} changes; {madeFiles} of {previous.Files.Count} files made again, {changedFiles} changed, per change"));
        return 0;
    }

    // A stage's wall time, its garbage collection pauses when there were any, and its workers' steps (model, render...).
    private static string Describe(StageTiming stage)
    {
        var text = FormattableString.Invariant($"{stage.Stage} {stage.Elapsed.TotalMilliseconds:0.0}");
        if (stage.GcPause > TimeSpan.Zero)
        {
            text += FormattableString.Invariant($" [gc {stage.GcPause.TotalMilliseconds:0.0}]");
        }

        return stage.Steps.Count == 0 ? text : text + " [" + string.Join(" ", stage.Steps.Select(s => FormattableString.Invariant($"{s.Step} {s.WorkerTime.TotalMilliseconds:0.0}"))) + "]";
    }
}
