namespace WorkPlanSite.Benchmarks;

internal static class IncrementalTimes
{
    public static Task<int> RunAsync(string[] args) => Task.FromResult(0);
}
