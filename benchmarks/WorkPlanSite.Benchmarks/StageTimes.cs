using System.Diagnostics;
using System.Globalization;
using WorkPlanSite.Building;
using WorkPlanSite.Configuration;

namespace WorkPlanSite.Benchmarks;

/// <summary>Builds a site in-process several times and prints the wall time of each stage, and the allocations.</summary>
internal static class StageTimes
{
    public static async Task<int> RunAsync(string[] args)
    {
        var config = Arguments.Value(args, "--config") ?? "site.config.json";
        var runs = int.Parse(Arguments.Value(args, "--runs") ?? "3", CultureInfo.InvariantCulture);
        var output = Arguments.Value(args, "--output");
        for (var run = 1; run <= runs; run++)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            var result = await new SiteBuilder().BuildAsync(new BuildOptions(Path.GetFullPath(config), output));
            watch.Stop();
            if (!result.Succeeded)
            {
                foreach (var d in result.Diagnostics.Take(20))
                {
                    Console.Error.WriteLine(d);
                }

                return 1;
            }

            var stages = string.Join("  ", result.Stages.Select(s => $"{s.Stage} {s.Elapsed.TotalMilliseconds:0} ms (cpu {s.Cpu.TotalMilliseconds:0}) {s.HeapBytes / (1024 * 1024)} MB"));
            var megabytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (1024 * 1024);
            Console.WriteLine(FormattableString.Invariant($"run {run}: {watch.Elapsed.TotalMilliseconds:0} ms ({stages}) allocated {megabytes} MB, gen2 {GC.CollectionCount(2)}, cpu {Environment.CpuUsage.TotalTime.TotalMilliseconds:0} ms"));
        }

        return 0;
    }
}

/// <summary>Reads '--name value' pairs.</summary>
internal static class Arguments
{
    public static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
