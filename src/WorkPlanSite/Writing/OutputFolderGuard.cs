using WorkPlanSite.Configuration;

namespace WorkPlanSite.Writing;

/// <summary>
/// Refuses output folders whose replacement would destroy something: the project itself, the content or
/// themes folder or a parent of them, the file system root, the home folder, or a non-empty folder that
/// a previous build did not create (builds leave a marker file in the folders they write).
/// </summary>
internal static class OutputFolderGuard
{
    /// <summary>The file that marks a folder as written by WorkPlanSite.</summary>
    public const string MarkerFile = ".workplansite";

    /// <summary>Null when the folder is safe to replace, or the reason it is not.</summary>
    public static string? Problem(SiteConfig config)
    {
        var output = Normalize(config.OutputDirectory);
        var protectedFolders = new[]
        {
            (config.RootDirectory, "the site's own folder"),
            (config.ContentDirectory, "the content folder"),
            (Path.Combine(config.RootDirectory, "themes"), "the themes folder"),
            (Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "your home folder"),
            (Path.GetPathRoot(output) ?? "/", "the root of the file system"),
        };
        foreach (var (folder, name) in protectedFolders.Where(f => !string.IsNullOrEmpty(f.Item1)))
        {
            var normalized = Normalize(folder);
            if (output == normalized || IsInside(normalized, output))
            {
                return $"The output folder '{config.OutputDirectory}' is {name} or contains it; building there would delete it. Choose another folder, such as '_site'.";
            }
        }

        // Inside the content or themes folder, the site would be read back as content or theme files by the next build.
        foreach (var (folder, name) in new[] { (config.ContentDirectory, "the content folder"), (Path.Combine(config.RootDirectory, "themes"), "the themes folder") })
        {
            if (IsInside(output, Normalize(folder)))
            {
                return $"The output folder '{config.OutputDirectory}' is inside {name}, where the next build would read it as sources. Choose a folder outside it, such as '_site'.";
            }
        }

        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, MarkerFile)))
        {
            return $"The output folder '{config.OutputDirectory}' is not empty and was not made by WorkPlanSite; it is left untouched. Empty it or choose another folder.";
        }

        return null;
    }

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>True when <paramref name="inner"/> lies inside <paramref name="outer"/>.</summary>
    private static bool IsInside(string inner, string outer) =>
        inner.StartsWith(outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
