using WorkPlanSite.Configuration;

namespace WorkPlanSite.Writing;

/// <summary>
/// The Write stage. Writes the whole site into a temporary folder beside the output folder, then swaps it
/// in with two renames, so that a failed or interrupted build leaves the previous site untouched and
/// visitors never see a half-written one.
/// </summary>
public sealed class SiteWriter(SiteConfig config)
{
    /// <summary>Writes <paramref name="files"/> as the new content of the output folder.</summary>
    public void Write(IReadOnlyList<OutputFile> files)
    {
        if (OutputFolderGuard.Problem(config) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        var output = Path.TrimEndingDirectorySeparator(config.OutputDirectory);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.tmp-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            var folders = files.Select(f => Path.GetDirectoryName(Target(staging, f.RelativePath))!).Distinct(StringComparer.Ordinal).ToList();
            foreach (var folder in folders)
            {
                Directory.CreateDirectory(folder);
            }

            Parallel.ForEach(files, file => File.WriteAllBytes(Target(staging, file.RelativePath), file.Content.ToArray()));
            File.WriteAllText(Path.Combine(staging, OutputFolderGuard.MarkerFile), "This folder is written by WorkPlanSite; a build replaces it whole.\n");
            Swap(staging, output, parent, name);
            RemoveLeftovers(parent, name);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    private static void Swap(string staging, string output, string parent, string name)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }

        var previous = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        Directory.Move(output, previous);
        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            // Put the previous site back before reporting the failure.
            Directory.Move(previous, output);
            throw;
        }

        TryDelete(previous);
    }

    /// <summary>
    /// Removes the temporary folders of earlier builds that were interrupted (killed between writing and swapping):
    /// only folders named exactly as this writer names them, beside this output folder.
    /// </summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        var pattern = new System.Text.RegularExpressions.Regex("^\\." + System.Text.RegularExpressions.Regex.Escape(name) + "\\.(tmp|old)-[0-9a-f]{32}$");
        foreach (var folder in Directory.EnumerateDirectories(parent, "." + name + ".*"))
        {
            if (pattern.IsMatch(Path.GetFileName(folder)))
            {
                TryDelete(folder);
            }
        }
    }

    /// <summary>The full path of a file in the staging folder; refuses any path that would leave it.</summary>
    private static string Target(string staging, string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(staging, relativePath));
        if (!full.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write '{relativePath}' outside the output folder.");
        }

        return full;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the next build uses a new name.
        }
    }
}
