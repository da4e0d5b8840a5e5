using System.Collections.Immutable;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;
using WorkPlanSite.Pages;
using WorkPlanSite.Urls;
using WorkPlanSite.Writing;

namespace WorkPlanSite.Building;

/// <summary>
/// What a build in memory keeps for the next build of the same site (the preview's rebuilds): the configuration and
/// services it made, each programme as loaded and validated, each programme as published, and the files and link
/// facts of the whole output. A rebuild is the same build handed this and the paths that changed since: each stage
/// takes what it kept for the sources that did not change and does its work on the rest. Nothing in it is changed
/// after the build that made it; the next build makes a new one.
/// </summary>
internal sealed record BuildMemory(
    BuildOptions Options,
    SiteConfig Config,
    BuildServices Services,
    ImmutableArray<Diagnostic> ConfigureDiagnostics,
    ImmutableDictionary<string, LoadedProgramme> Loaded,
    ImmutableDictionary<string, PublishedProgramme> Published,
    PublishedOutput? Output)
{
    /// <summary>The menus as that build showed them on every page (<see cref="SiteNavigation.Fingerprint"/>).</summary>
    public string Navigation { get; init; } = "";

    /// <summary>
    /// The programme folders (by name) to read again: those that <paramref name="changedPaths"/> touch, and those
    /// where the previous build found an error, so that a fix is taken in even when the change that brought it was
    /// reported with another batch. Null when a change lies outside the programme folders (the configuration, the
    /// theme, the site's UI strings, the content folder itself, the site's own pages) or the previous site had broken links: then nothing
    /// kept is trusted and the whole site is built again.
    /// </summary>
    public ImmutableHashSet<string>? ChangedProgrammes(IEnumerable<string> changedPaths)
    {
        if (Output?.BrokenLinks.Count > 0 || ConfigureDiagnostics.Any(IsError))
        {
            return null;
        }

        var folders = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        folders.UnionWith(Loaded.Where(p => p.Value.Diagnostics.Any(IsError)).Select(p => p.Key));
        folders.UnionWith(Published.Where(p => p.Value.Diagnostics.Any(IsError)).Select(p => p.Key));
        var content = Path.GetFullPath(Config.ContentDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var identity = Config.Identity.Files.Select(f => f.FullPath).ToHashSet(StringComparer.Ordinal);
        foreach (var path in changedPaths)
        {
            // An identity file (a logo) is read with the configuration, even when it lies in the content folder.
            var full = Path.GetFullPath(path);
            if (!full.StartsWith(content, StringComparison.Ordinal) || full.Length == content.Length || identity.Contains(full))
            {
                return null;
            }

            var relative = full[content.Length..];
            var separator = relative.IndexOf(Path.DirectorySeparatorChar);
            var folder = separator < 0 ? relative : relative[..separator];

            // The site's own pages and the home page's introduction are read by every build; a change to them may
            // change any page's links or menus, so the whole site is built again.
            if (folder == Loading.PageLoader.FolderName || (separator < 0 && folder.StartsWith(Loading.PageLoader.HomeStem + ".", StringComparison.Ordinal)))
            {
                return null;
            }

            folders.Add(folder);
        }

        return folders.ToImmutable();
    }

    private static bool IsError(Diagnostic diagnostic) => diagnostic.Severity == Severity.Error;
}

/// <summary>One programme folder as the Load and Validate stages left it.</summary>
/// <param name="Programme">The programme, or null when its folder could not be read as one.</param>
/// <param name="Diagnostics">What loading and validating the folder on its own reported.</param>
/// <param name="Links">The addresses of its pages, for links between content files (null without a programme).</param>
/// <param name="Files">The files of the folder that are not texts (images, documents), as content paths: what the unused-files report judges.</param>
internal sealed record LoadedProgramme(Programme? Programme, ImmutableArray<Diagnostic> Diagnostics, ProgrammeLinks? Links, ImmutableArray<string> Files);

/// <summary>
/// One programme as the Model, Plan, Render and Write stages left it: valid for as long as the build is handed the
/// very same loaded programme (<see cref="Source"/>, compared by reference) and its links into other programmes
/// still lead where they led.
/// </summary>
/// <param name="Source">The loaded programme it was made from.</param>
/// <param name="Diagnostics">What modelling it reported (sanitized HTML, links between content files).</param>
/// <param name="Lookups">Its links into other programmes' folders, with where they led.</param>
/// <param name="Summary">What the home pages and the sitemap need of it, per language (null where it has no page).</param>
/// <param name="Files">The output files it made, the copies of the files next to the content its texts link to included.</param>
/// <param name="ContentFiles">The content paths of the files next to the content its texts link to.</param>
/// <param name="Copies">The output paths of those files' copies (also in <paramref name="Files"/>; another programme or page may link to them too).</param>
internal sealed record PublishedProgramme(
    Programme Source,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<ContentLinkLookup> Lookups,
    ImmutableArray<ProgrammeSummary?> Summary,
    ImmutableArray<string> Files,
    ImmutableArray<string> ContentFiles,
    ImmutableArray<string> Copies);

/// <summary>What is kept of a programme in one language once its pages are written.</summary>
/// <param name="Card">Its card on the home page.</param>
/// <param name="Sitemap">Its pages' part of the sitemap (<see cref="SitemapWriter.Part"/>).</param>
/// <param name="PageCount">How many pages it has in that language.</param>
internal sealed record ProgrammeSummary(ProgrammeCard Card, string Sitemap, int PageCount);

/// <summary>The whole output of a build in memory: every file by path, every page's links and ids, the broken links.</summary>
/// <param name="Files">Every file, by path relative to the site's root.</param>
/// <param name="Links">The links and ids of every page, and every file's path, as the link check collected them.</param>
/// <param name="BrokenLinks">The broken links the check found, by page then position.</param>
/// <param name="SitemapParts">The parts the sitemap was made of.</param>
/// <param name="SiteFiles">The files that belong to no programme (home and own pages, assets, the sitemap...), which every build makes again.</param>
/// <param name="Programmes">Every programme as the build that made these files published it: with <paramref name="SiteFiles"/>, whose each file is.</param>
internal sealed record PublishedOutput(
    ImmutableSortedDictionary<string, OutputFile> Files,
    OutputLinkChecker.Collector Links,
    IReadOnlyList<BrokenLink> BrokenLinks,
    ImmutableArray<string> SitemapParts,
    ImmutableArray<string> SiteFiles,
    ImmutableArray<PublishedProgramme> Programmes)
{
    /// <summary>The links and ids of every page, by path.</summary>
    public IReadOnlyDictionary<string, OutputLinkChecker.PageLinks> Pages => Links.Pages;
}
