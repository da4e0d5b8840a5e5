using System.Collections.Concurrent;
using System.Text;

namespace WorkPlanSite.Writing;

/// <summary>A link of a generated page that leads nowhere.</summary>
/// <param name="File">The page's path in the output folder (<c>fr/index.html</c>).</param>
/// <param name="Line">Line of the element in the page.</param>
/// <param name="Column">Column of the element in the page.</param>
/// <param name="Target">The <c>href</c> or <c>src</c> as written.</param>
/// <param name="Reason">Why it leads nowhere.</param>
internal sealed record BrokenLink(string File, int Line, int Column, string Target, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column}: {Target} ({Reason})";
}

/// <summary>
/// Checks, before anything is written, that every internal <c>href</c> and <c>src</c> of the generated pages leads
/// to a file of the output under the base path, and every <c>#fragment</c> to an element of that page. Links to
/// other sites are not followed. Relative links are refused: GitHub Pages serves <c>404.html</c> at any address,
/// where a relative link would resolve somewhere else.
/// </summary>
internal static class OutputLinkChecker
{
    /// <summary>Every broken link of <paramref name="files"/>, by page then position.</summary>
    public static IReadOnlyList<BrokenLink> Check(IReadOnlyList<OutputFile> files, Uri baseUrl)
    {
        var collector = new Collector();
        Parallel.ForEach(files, collector.Add);
        return collector.Check(baseUrl);
    }

    /// <summary>
    /// Takes the output file by file, from any thread, as the build renders and writes it, and keeps of each page
    /// only its links and ids: the check then needs no page in memory.
    /// </summary>
    public sealed class Collector
    {
        // Written from the workers under one lock (each page's links are read outside it), read only once the output
        // is complete: plain collections, which a rebuild fills with thousands of kept files at little cost.
        private readonly Lock _gate = new();
        private readonly Dictionary<string, PageLinks> _pages;
        private readonly HashSet<string> _files;

        // Most links and ids repeat from page to page (menus, breadcrumbs, the stylesheet): kept once each, and
        // looked up by span so that a repeated one is never even allocated.
        private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _stringsBySpan;

        /// <summary>Creates an empty collector.</summary>
        public Collector()
            : this(0)
        {
        }

        /// <summary>Creates an empty collector sized for about <paramref name="files"/> files.</summary>
        internal Collector(int files)
        {
            _pages = new(files, StringComparer.Ordinal);
            _files = new(files, StringComparer.Ordinal);
            _stringsBySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        /// <summary>
        /// Starts from everything <paramref name="previous"/> collected, for a rebuild, which then forgets what it does not
        /// keep (<see cref="Forget"/>) and adds what it makes: copying the collections of the same kind copies their tables
        /// without hashing a path again, where adding back the thousands of kept files one by one took a rebuild 10 ms.
        /// </summary>
        internal Collector(Collector previous)
        {
            _pages = new(previous._pages, StringComparer.Ordinal);
            _files = new(previous._files, StringComparer.Ordinal);
            _stringsBySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        /// <summary>Adds a file of the output (pages are read for their links and ids).</summary>
        public void Add(OutputFile file)
        {
            if (file.RelativePath.EndsWith(".html", StringComparison.Ordinal))
            {
                AddPage(file.RelativePath, Encoding.UTF8.GetString(file.Content.Span));
            }
            else
            {
                lock (_gate)
                {
                    _files.Add(file.RelativePath);
                }
            }
        }

        /// <summary>Adds a page of the output by its HTML.</summary>
        public void AddPage(string relativePath, ReadOnlySpan<char> html)
        {
            var page = PageLinks.Read(relativePath, html, Intern);
            lock (_gate)
            {
                _files.Add(relativePath);
                _pages[relativePath] = page;
            }
        }

        /// <summary>Forgets files taken from the previous collector (<see cref="Collector(Collector)"/>), except those added again since (<paramref name="addedAgain"/>).</summary>
        internal void Forget(IEnumerable<string> relativePaths, Func<string, bool> addedAgain)
        {
            lock (_gate)
            {
                foreach (var path in relativePaths)
                {
                    if (!addedAgain(path))
                    {
                        _files.Remove(path);
                        _pages.Remove(path);
                    }
                }
            }
        }

        /// <summary>The links and ids of every page added so far, by path.</summary>
        internal IReadOnlyDictionary<string, PageLinks> Pages => _pages;

        /// <summary>How many files were added.</summary>
        internal int FileCount => _files.Count;

        private string Intern(ReadOnlySpan<char> text)
        {
            if (_stringsBySpan.TryGetValue(text, out var known))
            {
                return known;
            }

            var added = text.ToString();
            return _strings.GetOrAdd(added, added);
        }

        /// <summary>Every broken link of the files added, by page then position.</summary>
        public IReadOnlyList<BrokenLink> Check(Uri baseUrl) => Check(baseUrl, _pages.Values);

        /// <summary>
        /// The broken links of <paramref name="pages"/> only (paths of pages added), by page then position: when the
        /// other pages are as they were, and no file or id appeared or went, their links lead where they led.
        /// </summary>
        internal IReadOnlyList<BrokenLink> Check(Uri baseUrl, IEnumerable<string> pages) =>
            Check(baseUrl, pages.Select(path => _pages[path]));

        private List<BrokenLink> Check(Uri baseUrl, IEnumerable<PageLinks> pages)
        {
            var files = _files;
            var broken = new ConcurrentBag<BrokenLink>();
            Parallel.ForEach(pages, page =>
            {
                foreach (var link in page.Links)
                {
                    if (Problem(link.Target, page, baseUrl, files, _pages) is { } reason)
                    {
                        broken.Add(new BrokenLink(page.File, link.Line, link.Column, link.Target, reason));
                    }
                }
            });
            return broken
                .OrderBy(b => b.File, StringComparer.Ordinal)
                .ThenBy(b => b.Line)
                .ThenBy(b => b.Column)
                .ThenBy(b => b.Target, StringComparer.Ordinal)
                .ToList();
        }
    }

    private static string? Problem(string target, PageLinks page, Uri baseUrl, HashSet<string> files, Dictionary<string, PageLinks> pages)
    {
        var trimmed = target.Trim();
        var hash = trimmed.IndexOf('#');
        var fragment = hash >= 0 ? Unescape(trimmed[(hash + 1)..]) : null;
        var address = hash >= 0 ? trimmed[..hash] : trimmed;
        var query = address.IndexOf('?');
        address = query >= 0 ? address[..query] : address;
        if (address.Length == 0)
        {
            return query >= 0 || HasFragment(page, fragment) ? null : $"no element with id '{fragment}' on the page";
        }

        string path;
        if (address.StartsWith("//", StringComparison.Ordinal) || (!address.StartsWith('/') && address.Contains(':', StringComparison.Ordinal)))
        {
            // An address with a scheme or a host: only this site's own pages are checked.
            if (!Uri.TryCreate(address.StartsWith("//", StringComparison.Ordinal) ? baseUrl.Scheme + ":" + address : address, UriKind.Absolute, out var absolute)
                || absolute.Scheme is not ("http" or "https")
                || !string.Equals(absolute.Authority, baseUrl.Authority, StringComparison.OrdinalIgnoreCase)
                || !absolute.AbsolutePath.StartsWith(baseUrl.AbsolutePath, StringComparison.Ordinal))
            {
                return null;
            }

            path = absolute.AbsolutePath;
        }
        else if (address.StartsWith('/'))
        {
            path = address;
        }
        else
        {
            return "a relative link; links must start with the site's base path, because 404.html is served at any address";
        }

        if (!path.StartsWith(baseUrl.AbsolutePath, StringComparison.Ordinal))
        {
            return $"outside the site's base path '{baseUrl.AbsolutePath}'";
        }

        var relative = Unescape(path[baseUrl.AbsolutePath.Length..]);
        var file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        if (!files.Contains(file))
        {
            // GitHub Pages redirects a folder address without its final '/' to the folder.
            if (files.Contains(file + "/index.html"))
            {
                file += "/index.html";
            }
            else
            {
                return $"no file '{file}' in the site";
            }
        }

        if (fragment is not null && pages.TryGetValue(file, out var targetPage) && !HasFragment(targetPage, fragment))
        {
            return $"no element with id '{fragment}' in {file}";
        }

        return null;
    }

    // An empty fragment and "#top" lead to the top of the page (HTML's "indicated part of the document").
    private static bool HasFragment(PageLinks page, string? fragment) =>
        fragment is null or "" || page.Ids.Contains(fragment) || fragment.Equals("top", StringComparison.OrdinalIgnoreCase);

    private static string Unescape(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }

    internal sealed record Link(string Target, int Line, int Column);

    /// <summary>What the check needs of one page: its links and the ids a fragment may name.</summary>
    internal sealed record PageLinks(string File, IReadOnlyList<Link> Links, HashSet<string> Ids)
    {
        /// <summary>Turns a span into the string kept for it.</summary>
        public delegate string Interner(ReadOnlySpan<char> text);

        public static PageLinks Read(string relativePath, ReadOnlySpan<char> html, Interner? intern = null)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var links = new List<Link>();
            intern ??= static text => text.ToString();
            PageLinkScanner.Scan(
                html,
                (target, line, column) => links.Add(new Link(intern(target), line, column)),
                id => ids.Add(intern(id)));
            ids.TrimExcess();
            return new PageLinks(relativePath, links.ToArray(), ids);
        }
    }
}
