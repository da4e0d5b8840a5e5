using System.Collections.Immutable;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;

namespace WorkPlanSite.Loading;

/// <summary>
/// The Load stage: reads every file under the content folder into model records, reporting every
/// syntax, type and naming problem with its position. References between items are not checked here
/// (that is the Validate stage), so that all problems of all files are found in one run.
/// </summary>
internal sealed class ContentLoader(SiteConfig config, DiagnosticBag diagnostics)
{
    /// <summary>Loads one programme folder; null when it cannot be read as a programme (the reasons are reported).</summary>
    public Programme? LoadProgramme(string folder) => new ProgrammeLoader(new SiteContext(config, diagnostics)).Load(folder);

    /// <summary>Loads all programmes, in folder-name order (the model stage sorts them by their 'order').</summary>
    public ImmutableArray<Programme> Load()
    {
        var folders = ProgrammeFolders();
        var programmes = new Programme?[folders.Count];
        Parallel.For(0, folders.Count, i => programmes[i] = LoadProgramme(folders[i]));
        return programmes.OfType<Programme>().ToImmutableArray();
    }

    /// <summary>
    /// The programme folders of the content folder (full paths, in ordinal order; every folder but 'pages'), after
    /// reporting what else stands there: a missing content folder, files beside the programme folders.
    /// </summary>
    public IReadOnlyList<string> ProgrammeFolders()
    {
        var site = new SiteContext(config, diagnostics);
        if (!Directory.Exists(config.ContentDirectory))
        {
            diagnostics.Error(SourcePosition.File(site.Display(config.ContentDirectory)), "The content folder does not exist.",
                $"Create it, or set 'contentDir' in {config.ConfigFile}.");
            return [];
        }

        foreach (var file in Directory.EnumerateFiles(config.ContentDirectory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (!name.StartsWith('.') && !IsHomeText(name))
            {
                diagnostics.Warning(SourcePosition.File(site.Display(file)), $"This file is not used: the content folder holds one folder per programme, the '{PageLoader.FolderName}' folder and {PageLoader.HomeStem}.<language>.md.",
                    Path.GetExtension(name) == ".md"
                        ? $"Move it into a programme's folder, or into '{PageLoader.FolderName}' to make it a page of its own."
                        : "Move it into a programme's folder, or out of the content folder.");
            }
        }

        return Directory.EnumerateDirectories(config.ContentDirectory)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && Path.GetFileName(f) != PageLoader.FolderName)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Loads the site's own pages and the home page's introduction.</summary>
    public OwnContent LoadOwnContent() => Directory.Exists(config.ContentDirectory) ? new PageLoader(new SiteContext(config, diagnostics)).Load() : OwnContent.None;

    private bool IsHomeText(string name) =>
        config.LanguageCodes.Any(l => name == $"{PageLoader.HomeStem}.{l}.md");
}
