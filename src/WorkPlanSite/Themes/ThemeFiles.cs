using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Themes;

/// <summary>
/// Where a theme's files (UI strings in <c>i18n/</c>, static files in <c>assets/</c>) are: the site's own
/// <c>themes/&lt;name&gt;</c> folder when it has one, so that a site owner can change them, otherwise the copy
/// installed next to the program.
/// </summary>
public sealed class ThemeFiles
{
    private readonly string _displayRoot;

    private ThemeFiles(string directory, string displayRoot)
    {
        Directory = directory;
        _displayRoot = displayRoot;
    }

    /// <summary>The theme's folder.</summary>
    public string Directory { get; }

    /// <summary>The folder of files copied to the site's <c>assets/</c>.</summary>
    public string AssetsDirectory => Path.Combine(Directory, "assets");

    /// <summary>The UI strings file of a language.</summary>
    public string StringsPath(string language) => Path.Combine(Directory, "i18n", language + ".yaml");

    /// <summary>A path as messages show it.</summary>
    public string Display(string path) => Path.GetRelativePath(_displayRoot, path).Replace('\\', '/');

    /// <summary>Finds the theme named in the configuration; reports an error when it exists nowhere.</summary>
    public static ThemeFiles? Locate(SiteConfig config, DiagnosticBag diagnostics)
    {
        var own = Path.Combine(config.RootDirectory, "themes", config.Theme);
        if (System.IO.Directory.Exists(own))
        {
            return new ThemeFiles(own, config.RootDirectory);
        }

        var installed = Path.Combine(AppContext.BaseDirectory, "themes", config.Theme);
        if (System.IO.Directory.Exists(installed))
        {
            return new ThemeFiles(installed, AppContext.BaseDirectory);
        }

        diagnostics.Error(SourcePosition.File(config.ConfigFile), $"The theme '{config.Theme}' does not exist (looked in themes/{config.Theme}).",
            "Set \"theme\": \"default\", or create the theme's folder.");
        return null;
    }
}
