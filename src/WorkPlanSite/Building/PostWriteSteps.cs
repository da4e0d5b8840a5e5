using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Pages;
using WorkPlanSite.Writing;

namespace WorkPlanSite.Building;

/// <summary>
/// The steps a build runs on the written site, in its staging folder, before the link check and the swap: the
/// programmes' PDF files (Chromium) and the search index (Pagefind). Decided when the build starts, from the
/// configuration and the programs found, so that the pages link to them only when they will be made
/// (<see cref="SiteFeatures"/>): a site without Pagefind has no search box, not a broken one. Only <c>build</c> runs
/// them; <c>serve</c> and <c>check</c> render the pages without them.
/// </summary>
/// <param name="Features">What the pages link to.</param>
/// <param name="Pagefind">Pagefind, when the site gets a search index.</param>
/// <param name="Chromium">Chromium, when the programmes get PDF files.</param>
/// <param name="Notes">One line each about a step left out that the build should say (Pagefind not found).</param>
internal sealed record PostWriteSteps(SiteFeatures Features, ExternalProgram? Pagefind, ExternalProgram? Chromium, IReadOnlyList<string> Notes)
{
    /// <summary>None: for a build that writes nothing.</summary>
    public static PostWriteSteps None { get; } = new(SiteFeatures.None, null, null, []);

    /// <summary>Finds the programs the configuration asks for; reports those that are missing as it says.</summary>
    public static PostWriteSteps Prepare(SiteConfig config, DiagnosticBag diagnostics)
    {
        var notes = new List<string>();
        ExternalProgram? pagefind = null;
        if (config.Search.Mode != SearchMode.Off)
        {
            pagefind = SearchIndexer.Find(config.Search, config.RootDirectory);
            if (pagefind is null && config.Search.Mode == SearchMode.Required)
            {
                diagnostics.AddRange([new Diagnostic(Severity.Error, SourcePosition.File(config.ConfigFile),
                    "The search is required (\"search\": \"required\"), but Pagefind was not found.",
                    "Install it (npm install pagefind, in the site's folder: it needs Node.js), or name its executable in \"search\": { \"pagefind\": \"...\" }, or set \"search\": \"on\" to build without search when it is missing.")], DiagnosticKind.Configuration);
            }
            else if (pagefind is null)
            {
                notes.Add(SearchIndexer.NotFoundNote(config.Search));
            }
        }

        ExternalProgram? chromium = null;
        if (config.Pdf.Enabled)
        {
            chromium = PdfPrinter.Find(config.Pdf);
            if (chromium is null)
            {
                // Asked for on the command line, the PDF files are what the build is for; in the configuration, a
                // machine without Chromium (a writer's laptop) still builds the site.
                diagnostics.AddRange([new Diagnostic(config.Pdf.Demanded ? Severity.Error : Severity.Warning, SourcePosition.File(config.Pdf.Demanded ? "--pdf" : config.ConfigFile),
                    PdfPrinter.NotFound(config.Pdf) + (config.Pdf.Demanded ? "" : " The site is built without them."), PdfPrinter.InstallHint)],
                    config.Pdf.Demanded ? DiagnosticKind.Usage : DiagnosticKind.Configuration);
            }
        }

        return new PostWriteSteps(new SiteFeatures(pagefind is not null, chromium is not null), pagefind, chromium, notes);
    }
}
