namespace WorkPlanSite.Configuration;

/// <summary>Whether the site gets a search index (<c>search.mode</c>).</summary>
public enum SearchMode
{
    /// <summary>Built when Pagefind is found; without it the site is built without search, and the build says so in one line.</summary>
    On,

    /// <summary>Never built: no search box, no search page.</summary>
    Off,

    /// <summary>Built, and a build without Pagefind fails.</summary>
    Required,
}

/// <summary>The site's search (<c>search</c> in the configuration).</summary>
/// <param name="Mode">Whether the search index is built.</param>
/// <param name="Pagefind">The Pagefind executable, absolute, when the configuration or the command line names one; otherwise it is looked for.</param>
public sealed record SearchSettings(SearchMode Mode, string? Pagefind)
{
    /// <summary>On, Pagefind looked for.</summary>
    public static SearchSettings Default { get; } = new(SearchMode.On, null);
}

/// <summary>The programmes' PDF files (<c>pdf</c> in the configuration, or <c>build --pdf</c>).</summary>
/// <param name="Enabled">True when each printable programme page is printed to a PDF.</param>
/// <param name="Chromium">The Chromium executable, absolute, when named; otherwise Debian's <c>/usr/bin/chromium</c> or one on the PATH.</param>
/// <param name="Demanded">True when the command line asked for them (<c>--pdf</c>): without Chromium the build then fails; when only
/// the configuration asks, it is a warning.</param>
public sealed record PdfSettings(bool Enabled, string? Chromium, bool Demanded = false)
{
    /// <summary>Off.</summary>
    public static PdfSettings Default { get; } = new(false, null);
}
