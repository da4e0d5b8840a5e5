namespace WorkPlanSite.Pages;

/// <summary>
/// What the build adds to the written site after its pages (<c>Writing/PostWriteSteps</c>), which the pages must know of
/// to link to it: a search index (then a search box in every page's header, a search page per language), the
/// programmes' PDF files (then a link on each printable page). Decided when the build starts, from the configuration
/// and the programs found; a page never links to what the build will not make.
/// </summary>
/// <param name="Search">True when Pagefind will index the site.</param>
/// <param name="Pdf">True when Chromium will print each programme's printable page to a PDF.</param>
public sealed record SiteFeatures(bool Search, bool Pdf)
{
    /// <summary>Neither: a site rendered in memory (serve, tools), or built without the programs.</summary>
    public static SiteFeatures None { get; } = new(false, false);
}
