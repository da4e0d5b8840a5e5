using System.Diagnostics;
using System.Globalization;
using WorkPlanSite.Building;
using WorkPlanSite.Configuration;

namespace WorkPlanSite.Benchmarks;

/// <summary>
/// Measures what a preview server does after an author saves one file: one full build through a
/// <see cref="SiteSession"/>, then, several times, one activity's English text is changed on disk and the
/// session rebuilds. The time runs from just before the file is written to when the changed pages are written.
/// </summary>
internal static class IncrementalTimes
{
    public static async Task<int> RunAsync(string[] args)
    {
        var config = Path.GetFullPath(Arguments.Value(args, "--config") ?? "site.config.json");
        var output = Arguments.Value(args, "--output");
        var runs = int.Parse(Arguments.Value(args, "--runs") ?? "10", CultureInfo.InvariantCulture);
        var (session, first) = await SiteSession.StartAsync(new BuildOptions(config, output));
        await using var _ = session;
        if (!first.Succeeded)
        {
            first.Diagnostics.Take(20).ToList().ForEach(d => Console.Error.WriteLine(d));
            return 1;
        }

        var content = Path.Combine(Path.GetDirectoryName(config)!, "content");
        var programmes = Directory.GetDirectories(content).Order(StringComparer.Ordinal).ToList();
        var activity = Directory.GetFiles(Path.Combine(programmes[programmes.Count / 2], "activities"), "*.en.md").Order(StringComparer.Ordinal).First();
        var original = await File.ReadAllTextAsync(activity);
        var times = new List<double>();
        RebuildResult? last = null;
        try
        {
            for (var run = 1; run <= runs; run++)
            {
                var changed = original.Replace("\n---\n", $"\n---\n\nRevision {run} of this activity.\n", StringComparison.Ordinal);
                var watch = Stopwatch.StartNew();
                await File.WriteAllTextAsync(activity, changed);
                last = await session.RebuildAsync([activity]);
                watch.Stop();
                if (!last.Build.Succeeded || last.IsFull)
                {
                    Console.Error.WriteLine($"The rebuild {(last.IsFull ? "was a full build" : "failed")}.");
                    last.Build.Diagnostics.Take(20).ToList().ForEach(d => Console.Error.WriteLine(d));
                    return 1;
                }

                times.Add(watch.Elapsed.TotalMilliseconds);
                if (args.Contains("--verbose"))
                {
                    Console.WriteLine(FormattableString.Invariant($"change {run}: {watch.Elapsed.TotalMilliseconds:0} ms ({string.Join("  ", last.Build.Stages.Select(s => $"{s.Stage} {s.Elapsed.TotalMilliseconds:0.0}"))})"));
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
            $"one activity text changed -> pages written: median {median:0} ms (min {times[0]:0}, max {times[^1]:0}) over {times.Count} changes; {last!.RenderedPages} pages re-rendered, {last.Written.Count} files written per change"));
        return 0;
    }
}
