namespace WorkPlanSite.Scaffolding;

/// <summary>
/// <c>workplansite init</c>: a new site in an empty folder — the configuration with its menus, a placeholder logo, one short sample
/// programme and the site's own pages in French and English, editor settings, the GitHub Pages workflow, a README for
/// its editors (<see cref="StarterFiles"/>), and the JSON Schemas the editors check the files with.
/// </summary>
public static class SiteInitializer
{
    /// <summary>The programme id of the sample.</summary>
    public const string SampleProgramme = "sample";

    /// <summary>Creates the site in <paramref name="folder"/> (created if missing; it must be empty but for a .git folder).</summary>
    /// <param name="folder">Where to create the site.</param>
    /// <param name="today">The date the sample programme's dates are counted from (it starts six months before).</param>
    public static ScaffoldResult Init(string folder, DateOnly today)
    {
        var full = Path.GetFullPath(folder);
        if (File.Exists(full))
        {
            return ScaffoldResult.Failed(folder, "This is a file, not a folder.", "Give the folder to create the site in.");
        }

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any(e => Path.GetFileName(e) != ".git"))
        {
            return ScaffoldResult.Failed(folder, "The folder is not empty; nothing was created.", "Give a new or empty folder: workplansite init my-site");
        }

        var files = new FileSet(full);
        foreach (var (path, text) in StarterFiles.All(today))
        {
            files.Add(path, text);
        }

        foreach (var (name, text) in Schemas())
        {
            files.Add("schemas/" + name, text);
        }

        var written = files.Write();
        if (written.Succeeded)
        {
            StampTranslations(full);
        }

        return written;
    }

    /// <summary>
    /// Records that the starter's English texts are translations of its French ones as written (their
    /// <c>translatedFrom</c> stamps), so that <c>translations</c> starts clean and reports an English text as outdated
    /// once its French original is edited. The stamps are fingerprints of the texts written, dates included.
    /// </summary>
    private static void StampTranslations(string root)
    {
        var status = Building.TranslationStatusRunner.Run(new Configuration.BuildOptions(Path.Combine(root, "site.config.json")));
        if (status.Report is { } report && status.ErrorCount == 0)
        {
            Translating.TranslationStamping.Apply(report, root, new HashSet<string>(StringComparer.Ordinal));
        }
    }

    /// <summary>The schemas shipped in this library (the repository's <c>schemas/</c> folder).</summary>
    public static IEnumerable<(string Name, string Text)> Schemas() => EmbeddedTexts.Under("schemas/");
}
