using System.Collections.Immutable;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Loading;
using WorkPlanSite.Model;
using WorkPlanSite.Urls;
using WorkPlanSite.Validation;

namespace WorkPlanSite.Building;

/// <summary>
/// The Load and Validate stages, programme folder by programme folder: each folder is read and checked on its own
/// (with the addresses of its pages, for links between content files), then the checks across programmes run on
/// all of them. A rebuild hands in what the previous build loaded: a folder with no changed file is taken as it was,
/// with what was reported of it, and only the changed folders are read again.
/// </summary>
internal static class LoadStage
{
    /// <summary>Every programme folder of the site, loaded and validated, in folder-name order; everything reported goes to <paramref name="diagnostics"/>.</summary>
    /// <param name="config">The site's configuration.</param>
    /// <param name="urls">The site's addresses, for the index of each programme's pages.</param>
    /// <param name="kept">What the previous build loaded, by folder name, or null to read every folder.</param>
    /// <param name="changed">The folders whose files changed since (read again even when kept).</param>
    /// <param name="diagnostics">Where every problem found is reported.</param>
    public static ImmutableDictionary<string, LoadedProgramme> Run(
        SiteConfig config, SiteUrls urls, IReadOnlyDictionary<string, LoadedProgramme>? kept, ImmutableHashSet<string>? changed, DiagnosticBag diagnostics)
    {
        var folders = new ContentLoader(config, diagnostics).ProgrammeFolders();
        var loaded = new LoadedProgramme[folders.Count];
        Parallel.For(0, folders.Count, i =>
        {
            var name = Path.GetFileName(folders[i]);
            loaded[i] = kept?.GetValueOrDefault(name) is { } same && changed?.Contains(name) == false ? same : Load(folders[i], config, urls);
        });

        var programmes = new List<Programme>(loaded.Length);
        var byFolder = ImmutableDictionary.CreateBuilder<string, LoadedProgramme>(StringComparer.Ordinal);
        for (var i = 0; i < loaded.Length; i++)
        {
            diagnostics.AddRange(loaded[i].Diagnostics);
            byFolder[Path.GetFileName(folders[i])] = loaded[i];
            if (loaded[i].Programme is { } programme)
            {
                programmes.Add(programme);
            }
        }

        new SiteValidator(config, diagnostics).ValidateAcrossProgrammes(programmes);
        return byFolder.ToImmutable();
    }

    /// <summary>
    /// The site's own pages and the home page's introduction, loaded and checked, with the menus of the configuration
    /// checked against them and the programme folders (<paramref name="loaded"/>). Read by every build, rebuilds
    /// included: they are few, and a change under <c>content/pages/</c> rebuilds the whole site.
    /// </summary>
    public static OwnContent RunOwnContent(SiteConfig config, SiteUrls urls, IReadOnlyDictionary<string, LoadedProgramme> loaded, DiagnosticBag diagnostics)
    {
        var content = new ContentLoader(config, diagnostics).LoadOwnContent();
        new PageValidator(config, urls, diagnostics).Validate(content);
        var menuProblems = new DiagnosticBag();
        MenuValidator.Validate(config.Menus, content, [.. loaded.Keys], menuProblems);
        diagnostics.AddRange(menuProblems.Sorted(), DiagnosticKind.Configuration);
        return content;
    }

    /// <summary>The files that are not texts in each programme folder that was read, by folder name.</summary>
    public static ImmutableDictionary<string, ImmutableArray<string>> FilesByFolder(IReadOnlyDictionary<string, LoadedProgramme> loaded) =>
        loaded.Where(l => l.Value.Programme is not null).ToImmutableDictionary(l => l.Key, l => l.Value.Files, StringComparer.Ordinal);

    private static LoadedProgramme Load(string folder, SiteConfig config, SiteUrls urls)
    {
        var reported = new DiagnosticBag();
        var programme = new ContentLoader(config, reported).LoadProgramme(folder);
        if (programme is null)
        {
            return new LoadedProgramme(null, [.. reported.Sorted()], null, []);
        }

        new SiteValidator(config, reported).ValidateProgramme(programme);
        return new LoadedProgramme(programme, [.. reported.Sorted()], ContentLinkResolver.Index(config, programme, urls), Attachments.UnusedContentFiles.In(config, folder));
    }
}
