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
    /// The programme folders of the content folder (full paths, in ordinal order), after reporting what else stands
    /// there: a missing content folder, files beside the programme folders.
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
            // An image or a document here is published when a text links to it, and reported as unused otherwise.
            if (!Path.GetFileName(file).StartsWith('.') && Attachments.MediaRules.IsContentText(Path.GetFileName(file)))
            {
                diagnostics.Warning(SourcePosition.File(site.Display(file)), "This file is not used: the content folder holds one folder per programme.",
                    "Move it into a programme's folder, or out of the content folder.");
            }
        }

        return Directory.EnumerateDirectories(config.ContentDirectory)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
