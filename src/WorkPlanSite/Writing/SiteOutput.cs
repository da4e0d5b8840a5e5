using System.Text;
using System.Collections.Immutable;
using System.Collections.Concurrent;

namespace WorkPlanSite.Writing;

/// <summary>
/// Where a build puts the files it makes, from any thread, as soon as each one is made; every file also goes to
/// the output link check, which keeps only its links and ids. A page arrives as a span that is valid only during
/// the call: it is written (or copied) and forgotten.
/// </summary>
internal abstract class SiteOutput(OutputLinkChecker.Collector links)
{
    /// <summary>The links and ids of everything added so far.</summary>
    public OutputLinkChecker.Collector Links { get; } = links;

    /// <summary>Adds a page by its HTML.</summary>
    public void AddPage(string relativePath, ReadOnlySpan<char> html)
    {
        Links.AddPage(relativePath, html);
        WritePage(relativePath, html);
    }

    /// <summary>Adds any other file.</summary>
    public void Add(OutputFile file)
    {
        Links.Add(file);
        Write(file);
    }

    /// <summary>Adds a copy of a file of the content folder (an image, a document), at <paramref name="relativePath"/>.</summary>
    public void AddCopy(string relativePath, string source)
    {
        Links.Add(new OutputFile(relativePath, ReadOnlyMemory<byte>.Empty));
        Copy(relativePath, source);
    }

    /// <summary>Keeps a page.</summary>
    protected abstract void WritePage(string relativePath, ReadOnlySpan<char> html);

    /// <summary>Keeps a file.</summary>
    protected abstract void Write(OutputFile file);

    /// <summary>Keeps a copy of a file of the content folder.</summary>
    protected abstract void Copy(string relativePath, string source);

    /// <summary>Into the staging folder of a build, which is swapped in at the end only when the site is complete and sound.</summary>
    public sealed class Staged(StagingFolder staging) : SiteOutput(new OutputLinkChecker.Collector())
    {
        /// <inheritdoc />
        protected override void WritePage(string relativePath, ReadOnlySpan<char> html) => staging.WriteText(relativePath, html);

        /// <inheritdoc />
        protected override void Write(OutputFile file) => staging.Write(file);

        /// <inheritdoc />
        protected override void Copy(string relativePath, string source) => staging.Copy(relativePath, source);
    }

    /// <summary>Nowhere: only the links and ids are kept, for a check that does everything a build does but write.</summary>
    public sealed class Discarded() : SiteOutput(new OutputLinkChecker.Collector())
    {
        /// <inheritdoc />
        protected override void WritePage(string relativePath, ReadOnlySpan<char> html)
        {
        }

        /// <inheritdoc />
        protected override void Write(OutputFile file)
        {
        }

        /// <inheritdoc />
        protected override void Copy(string relativePath, string source)
        {
        }
    }

    /// <summary>
    /// In memory, for a caller that looks at what a build would publish (the preview, tests, tools). Handed the files
    /// and links of a previous build, it starts from them: the build adds what it made again and forgets what it did
    /// not keep (<see cref="Forget"/>), so that a rebuild's work is proportional to what it makes, not to the site.
    /// </summary>
    /// <param name="previous">The files of the previous build of the same site, or null for a build from nothing.</param>
    /// <param name="previousLinks">The links and ids that build collected from those files (with <paramref name="previous"/>).</param>
    public sealed class InMemory(ImmutableSortedDictionary<string, OutputFile>? previous = null, OutputLinkChecker.Collector? previousLinks = null)
        : SiteOutput(previousLinks is null ? new OutputLinkChecker.Collector() : new OutputLinkChecker.Collector(previousLinks))
    {
        private readonly ConcurrentDictionary<string, OutputFile> _made = new(StringComparer.Ordinal);
        private readonly HashSet<string> _forgotten = new(StringComparer.Ordinal);

        /// <summary>The paths of the files made (not kept) by this build.</summary>
        internal ICollection<string> Made => _made.Keys;

        /// <summary>Every file of the site, by path: the previous build's that were not forgotten, and those made.</summary>
        public ImmutableSortedDictionary<string, OutputFile> Files
        {
            get
            {
                if (previous is null)
                {
                    return _made.ToImmutableSortedDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
                }

                // A rebuild makes few files: the previous site is changed in place of being sorted anew.
                var files = previous.ToBuilder();
                foreach (var path in _forgotten)
                {
                    files.Remove(path);
                }

                foreach (var (path, file) in _made)
                {
                    files[path] = file;
                }

                return files.ToImmutable();
            }
        }

        /// <summary>
        /// Forgets files of the previous build that this one does not keep, unless it made them again: their links and
        /// ids go with them. Called once, from one thread, after the programmes and the site's pages are made.
        /// </summary>
        internal void Forget(IReadOnlyCollection<string> relativePaths)
        {
            var forgotten = relativePaths.Where(path => !_made.ContainsKey(path)).ToList();
            _forgotten.UnionWith(forgotten);
            Links.Forget(forgotten, _made.ContainsKey);
        }

        /// <inheritdoc />
        protected override void WritePage(string relativePath, ReadOnlySpan<char> html)
        {
            var bytes = new byte[Encoding.UTF8.GetByteCount(html)];
            Encoding.UTF8.GetBytes(html, bytes);
            _made[relativePath] = new OutputFile(relativePath, bytes);
        }

        /// <inheritdoc />
        protected override void Write(OutputFile file) => _made[file.RelativePath] = file;

        /// <inheritdoc />
        protected override void Copy(string relativePath, string source) => _made[relativePath] = new OutputFile(relativePath, File.ReadAllBytes(source));
    }
}
