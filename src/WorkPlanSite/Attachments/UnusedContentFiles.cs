using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Loading;

namespace WorkPlanSite.Attachments;

/// <summary>
/// Reports the files of the content folder that no text links to: images and documents left behind, which are not
/// published (only what a text links to is), so that a secretariat knows what its folder holds for nothing.
/// Markdown and YAML files are the loader's; hidden files and folders are skipped.
/// </summary>
internal static class UnusedContentFiles
{
    /// <summary>Warns about every file under the content folder that is not in <paramref name="used"/> (content paths).</summary>
    /// <param name="config">The site.</param>
    /// <param name="used">The content paths of the files that links led to.</param>
    /// <param name="unread">Folders of the content folder (by name) whose texts could not be read: their files are not judged.</param>
    /// <param name="diagnostics">Where the warnings go.</param>
    public static void Report(SiteConfig config, IEnumerable<string> used, IReadOnlySet<string> unread, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(config.ContentDirectory))
        {
            return;
        }

        var linked = used.ToHashSet(StringComparer.Ordinal);
        foreach (var file in Files(config.ContentDirectory, top: true, unread))
        {
            var path = Path.GetRelativePath(config.RootDirectory, file).Replace('\\', '/');
            if (!linked.Contains(path))
            {
                diagnostics.Warning(SourcePosition.File(path), "This file is not used: no text links to it, so it is not published.",
                    "Link to it from a text (![description](file.png) for an image, [title](file.pdf) for a document), or move it out of the content folder.");
            }
        }
    }

    private static IEnumerable<string> Files(string folder, bool top, IReadOnlySet<string> unread)
    {
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (!name.StartsWith('.') && !MediaRules.IsContentText(name) && !SourceText.IsLink(file))
            {
                yield return file;
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(sub);
            if (name.StartsWith('.') || SourceText.IsLink(sub) || (top && unread.Contains(name)))
            {
                continue;
            }

            foreach (var file in Files(sub, top: false, unread))
            {
                yield return file;
            }
        }
    }
}
