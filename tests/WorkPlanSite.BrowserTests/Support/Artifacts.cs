using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.BrowserTests.Support;

/// <summary>
/// Where the browser tests keep what a person may want to look at afterwards (screenshots, reports):
/// <c>artifacts/browser-tests/</c> at the repository root (ignored by git), or the folder named by
/// <c>WORKPLANSITE_ARTIFACTS</c>.
/// </summary>
internal static class Artifacts
{
    public const string EnvironmentVariable = "WORKPLANSITE_ARTIFACTS";

    public static string Folder(string name)
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var root = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(RepositoryPaths.Root, "artifacts", "browser-tests")
            : configured;
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
