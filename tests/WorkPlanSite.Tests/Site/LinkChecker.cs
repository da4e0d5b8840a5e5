using WorkPlanSite.Tests.Support;
using WorkPlanSite.Writing;

namespace WorkPlanSite.Tests.Site;

/// <summary>Runs the build's own output link check (<see cref="OutputLinkChecker"/>) over a site written on disk.</summary>
internal static class LinkChecker
{
    public static IReadOnlyList<string> BrokenLinks(BuiltSite site)
    {
        var files = Directory.EnumerateFiles(site.OutputDirectory, "*", SearchOption.AllDirectories)
            .Select(f => new OutputFile(Path.GetRelativePath(site.OutputDirectory, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            .ToList();
        return OutputLinkChecker.Check(files, site.BaseUrl).Select(b => b.ToString()).ToList();
    }
}
