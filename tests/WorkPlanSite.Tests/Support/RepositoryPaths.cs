namespace WorkPlanSite.Tests.Support;

/// <summary>Finds the repository (the folder holding WorkPlanSite.sln) from the test assembly's folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Find();

    public static string ExampleConfig => Path.Combine(Root, "site.config.json");

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "WorkPlanSite.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("WorkPlanSite.sln not found above " + AppContext.BaseDirectory);
    }
}
