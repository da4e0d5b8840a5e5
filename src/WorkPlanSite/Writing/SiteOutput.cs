using System.Collections.Concurrent;

namespace WorkPlanSite.Writing;

/// <summary>
/// Where a build puts the files it makes, from any thread, as soon as each one is made; every file also goes to
/// the output link check, which keeps only its links and ids. A page arrives as a span that is valid only during
/// the call: it is written (or copied) and forgotten.
/// </summary>
public abstract class SiteOutput(OutputLinkChecker.Collector links)
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

    /// <summary>Keeps a page.</summary>
    protected abstract void WritePage(string relativePath, ReadOnlySpan<char> html);

    /// <summary>Keeps a file.</summary>
    protected abstract void Write(OutputFile file);

    /// <summary>Into the staging folder of a build, which is swapped in at the end only when the site is complete and sound.</summary>
    public sealed class Staged(StagingFolder staging) : SiteOutput(new OutputLinkChecker.Collector())
    {
        /// <inheritdoc />
        protected override void WritePage(string relativePath, ReadOnlySpan<char> html) => staging.WriteText(relativePath, html);

        /// <inheritdoc />
        protected override void Write(OutputFile file) => staging.Write(file);
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
    }

    /// <summary>In memory, for a caller that looks at what a build would publish (tests, tools).</summary>
    public sealed class InMemory() : SiteOutput(new OutputLinkChecker.Collector())
    {
        private readonly ConcurrentBag<OutputFile> _files = [];

        /// <summary>Every file added, by path.</summary>
        public IReadOnlyList<OutputFile> Files => _files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();

        /// <inheritdoc />
        protected override void WritePage(string relativePath, ReadOnlySpan<char> html) => _files.Add(OutputFile.Text(relativePath, html.ToString()));

        /// <inheritdoc />
        protected override void Write(OutputFile file) => _files.Add(file);
    }
}
