using System.Collections.Immutable;
using WorkPlanSite.Writing;

namespace WorkPlanSite.Serving;

/// <summary>
/// One complete built site held in memory, as the preview server serves it: every file by its path relative to
/// the site's root (forward slashes), and the base path it was built for. A failed rebuild leaves the previous
/// snapshot in place, so the last good site keeps being served.
/// </summary>
/// <param name="BasePath">The path part of the base URL the pages were built for: <c>/</c> or <c>/repo/</c>.</param>
/// <param name="Files">The files by relative path.</param>
public sealed record SiteSnapshot(string BasePath, ImmutableSortedDictionary<string, OutputFile> Files)
{
    /// <summary>An empty site, served before the first build has finished.</summary>
    public static SiteSnapshot Empty { get; } = new("/", ImmutableSortedDictionary<string, OutputFile>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>The files of a site rendered in memory, by their paths.</summary>
    public static SiteSnapshot Of(IEnumerable<OutputFile> files, string basePath) =>
        new(basePath, files.ToImmutableSortedDictionary(f => f.RelativePath, f => f, StringComparer.Ordinal));

    /// <summary>The content of the file at <paramref name="relativePath"/>.</summary>
    public ReadOnlyMemory<byte> this[string relativePath] => Files[relativePath].Content;

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

        // Both sides are sorted by path: one walk over the two. A rebuild keeps the files it did not make again as the
        // same objects, so most files are told unchanged without reading their bytes.
        var changed = new List<string>();
        using var now = Files.GetEnumerator();
        using var before = previous.Files.GetEnumerator();
        var hasNow = now.MoveNext();
        var hasBefore = before.MoveNext();
        while (hasNow || hasBefore)
        {
            var order = !hasNow ? 1 : !hasBefore ? -1 : string.CompareOrdinal(now.Current.Key, before.Current.Key);
            if (order == 0)
            {
                if (!ReferenceEquals(now.Current.Value, before.Current.Value) && !now.Current.Value.Content.Span.SequenceEqual(before.Current.Value.Content.Span))
                {
                    changed.Add(now.Current.Key);
                }

                hasNow = now.MoveNext();
                hasBefore = before.MoveNext();
            }
            else if (order < 0)
            {
                changed.Add(now.Current.Key);
                hasNow = now.MoveNext();
            }
            else
            {
                changed.Add(before.Current.Key);
                hasBefore = before.MoveNext();
            }
        }

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
