using System.Collections.Immutable;

namespace WorkPlanSite.Serving;

/// <summary>
/// One complete built site held in memory, as the preview server serves it: every file by its path relative to
/// the site's root (forward slashes), and the base path it was built for. A failed rebuild leaves the previous
/// snapshot in place, so the last good site keeps being served.
/// </summary>
/// <param name="BasePath">The path part of the base URL the pages were built for: <c>/</c> or <c>/repo/</c>.</param>
/// <param name="Files">File contents by relative path.</param>
public sealed record SiteSnapshot(string BasePath, ImmutableSortedDictionary<string, byte[]> Files)
{
    /// <summary>An empty site, served before the first build has finished.</summary>
    public static SiteSnapshot Empty { get; } = new("/", ImmutableSortedDictionary<string, byte[]>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>The files of a site rendered in memory, by their paths.</summary>
    public static SiteSnapshot Of(IEnumerable<Writing.OutputFile> files, string basePath) =>
        new(basePath, files.ToImmutableSortedDictionary(f => f.RelativePath, Bytes, StringComparer.Ordinal));

    // A file rendered in memory already owns its array: it is taken as it is, not copied.
    private static byte[] Bytes(Writing.OutputFile file) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(file.Content, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : file.Content.ToArray();

    /// <summary>
    /// The site addresses (base path included, <c>index.html</c> shown as its folder) of the files that were added,
    /// changed or removed since <paramref name="previous"/>, compared byte for byte, in ordinal order.
    /// </summary>
    public ImmutableArray<string> ChangedSince(SiteSnapshot previous)
    {
        if (previous.BasePath != BasePath)
        {
            return Files.Keys.Select(UrlOf).Order(StringComparer.Ordinal).ToImmutableArray();
        }

        var changed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (path, bytes) in Files)
        {
            if (!previous.Files.TryGetValue(path, out var old) || !old.AsSpan().SequenceEqual(bytes))
            {
                changed.Add(path);
            }
        }

        changed.UnionWith(previous.Files.Keys.Where(path => !Files.ContainsKey(path)));
        return changed.Select(UrlOf).Order(StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>The address a file is served at: <c>fr/index.html</c> → <c>/repo/fr/</c>.</summary>
    public string UrlOf(string relativePath)
    {
        var path = relativePath == "index.html" ? "" : relativePath.EndsWith("/index.html", StringComparison.Ordinal)
            ? relativePath[..^"index.html".Length]
            : relativePath;
        return BasePath + path;
    }

    /// <summary>The file a request path designates, if any: folders map to their <c>index.html</c>.</summary>
    public string? FileFor(string requestPath)
    {
        if (!requestPath.StartsWith(BasePath, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = requestPath[BasePath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        return Files.ContainsKey(relative) ? relative : null;
    }
}
