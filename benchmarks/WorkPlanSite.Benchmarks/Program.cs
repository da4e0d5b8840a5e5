using System.Globalization;
using BenchmarkDotNet.Running;
using WorkPlanSite.Benchmarks;

// 'stages --config PATH [--runs N]': builds in-process and prints the wall time of each stage.
// 'incremental --config PATH [--runs N]': one full build, then times one changed file to written pages.
// Anything else: the BenchmarkDotNet benchmarks (for example '--filter *Markdown*').
return args.FirstOrDefault() switch
{
    "stages" => await StageTimes.RunAsync(args[1..]),
    "incremental" => await IncrementalTimes.RunAsync(args[1..]),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(StageTimes).Assembly).Run(args);
    return 0;
}
