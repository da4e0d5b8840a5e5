using System.Collections.Immutable;
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
    /// <param name="listed">
    /// The files of folders of the content folder (by name) as Load found them (<see cref="In"/>), so that the folders are not
    /// walked again: in a large site, walking every programme folder took longer than a rebuild's pages.
    /// </param>
    /// <param name="diagnostics">Where the warnings go.</param>
    public static void Report(SiteConfig config, IEnumerable<string> used, IReadOnlySet<string> unread, IReadOnlyDictionary<string, ImmutableArray<string>> listed, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(config.ContentDirectory))
        {
            return;
        }

        var linked = used.ToHashSet(StringComparer.Ordinal);
        foreach (var path in Files(config, config.ContentDirectory, top: true, unread, listed))
        {
            if (!linked.Contains(path))
            {
                diagnostics.Warning(SourcePosition.File(path), "This file is not used: no text links to it, so it is not published.",
                    "Link to it from a text (![description](file.png) for an image, [title](file.pdf) for a document), or move it out of the content folder.");
            }
        }
    }

    /// <summary>The files under a folder of the content folder that are neither texts nor hidden, as content paths, in the order they are reported.</summary>
    public static ImmutableArray<string> In(SiteConfig config, string folder) =>
        [.. Files(config, folder, top: false, ImmutableHashSet<string>.Empty, ImmutableDictionary<string, ImmutableArray<string>>.Empty)];

    private static IEnumerable<string> Files(SiteConfig config, string folder, bool top, IReadOnlySet<string> unread, IReadOnlyDictionary<string, ImmutableArray<string>> listed)
    {
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (!name.StartsWith('.') && !MediaRules.IsContentText(name) && !SourceText.IsLink(file))
            {
                yield return Path.GetRelativePath(config.RootDirectory, file).Replace('\\', '/');
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(sub);
            if (name.StartsWith('.') || SourceText.IsLink(sub) || (top && unread.Contains(name)))
            {
                continue;
            }

            foreach (var file in top && listed.TryGetValue(name, out var files) ? files : Files(config, sub, top: false, unread, listed))
            {
                yield return file;
            }
        }
    }
}
