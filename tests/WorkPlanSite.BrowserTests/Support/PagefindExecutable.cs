using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.BrowserTests.Support;

/// <summary>
/// Pagefind from the npm package pagefind (installed by <c>npm ci</c> in this project's folder, at the version of the
/// committed package-lock.json), which the example site is built with. Missing is a failure with the way to fix it.
/// </summary>
internal static class PagefindExecutable
{
    public const string EnvironmentVariable = "WORKPLANSITE_PAGEFIND";

    public static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var path = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(RepositoryPaths.Root, "tests", "WorkPlanSite.BrowserTests", "node_modules", ".bin", "pagefind")
            : configured;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Pagefind is not at {path}: run `npm ci --ignore-scripts` in tests/WorkPlanSite.BrowserTests (it installs the npm package " +
                $"pagefind, whose binary comes inside it), or set {EnvironmentVariable} to a Pagefind executable.");
        }

        return path;
    }
}
