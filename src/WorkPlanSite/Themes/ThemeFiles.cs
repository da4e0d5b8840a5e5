using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Loading;
using YamlDotNet.RepresentationModel;

namespace WorkPlanSite.Themes;

/// <summary>
/// The theme a site uses, as layers of folders looked up file by file: the site's own <c>themes/&lt;name&gt;/</c>
/// first, then the theme of that name installed with WorkPlanSite, then, when a layer's <c>theme.yaml</c> says
/// <c>extends: other</c>, the layers of the other theme. The first layer that has a file (a template, an asset, a
/// UI strings file) gives it, so a site overrides one file by putting a file of the same path in its theme folder and
/// takes the rest from the installed theme.
/// </summary>
public sealed class ThemeFiles
{
    /// <summary>The file in a theme folder that names the theme it extends.</summary>
    public const string ManifestFile = "theme.yaml";

    /// <summary>The folder, under the site root and under the program, that holds themes.</summary>
    public const string ThemesFolder = "themes";

    private ThemeFiles(string name, IReadOnlyList<ThemeLayer> layers)
    {
        Name = name;
        Layers = layers;
    }

    /// <summary>The theme's name, as configured.</summary>
    public string Name { get; }

    /// <summary>The theme's folders, the one that wins first.</summary>
    public IReadOnlyList<ThemeLayer> Layers { get; }

    /// <summary>The folder of installed themes, next to the program.</summary>
    public static string InstalledRoot => Path.Combine(AppContext.BaseDirectory, ThemesFolder);

    /// <summary>The full path of <paramref name="relativePath"/> (for example <c>templates/Layout.cshtml</c>) in the first layer that has it, or null.</summary>
    public string? Find(string relativePath)
    {
        foreach (var layer in Layers)
        {
            var path = Path.Combine(layer.Directory, relativePath);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>The layer that gives <paramref name="relativePath"/>, or null.</summary>
    public ThemeLayer? LayerOf(string relativePath) => Layers.FirstOrDefault(l => File.Exists(Path.Combine(l.Directory, relativePath)));

    /// <summary>
    /// Every file under <paramref name="folder"/> in any layer, as paths relative to the theme folder with '/', each
    /// once, in ordinal order.
    /// </summary>
    public IReadOnlyList<string> Files(string folder) => Layers
        .Select(l => Path.Combine(l.Directory, folder))
        .Where(Directory.Exists)
        .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Path.GetDirectoryName(d)!, p).Replace('\\', '/')))
        .Where(p => !p.Split('/').Any(part => part.StartsWith('.')))
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The UI strings files of a language, the lowest layer first, so that each one read is laid over the previous.</summary>
    public IEnumerable<string> StringsPaths(string language) => Layers.Reverse()
        .Select(l => Path.Combine(l.Directory, "i18n", language + ".yaml"))
        .Where(File.Exists);

    /// <summary>Where a language's UI strings file would be in the top layer (for messages about a missing one).</summary>
    public string StringsPath(string language) => Path.Combine(Layers[0].Directory, "i18n", language + ".yaml");

    /// <summary>A path as messages show it: from the site root, or from the program's folder for installed files.</summary>
    public string Display(string path)
    {
        var layer = Layers.FirstOrDefault(l => path.StartsWith(l.Directory + Path.DirectorySeparatorChar, StringComparison.Ordinal)) ?? Layers[0];
        return Path.GetRelativePath(layer.DisplayRoot, path).Replace('\\', '/');
    }

    /// <summary>
    /// Finds the theme named in the configuration and every theme it extends; reports an error when a name exists
    /// nowhere or when themes extend each other in a circle.
    /// </summary>
    public static ThemeFiles? Locate(SiteConfig config, DiagnosticBag diagnostics) =>
        Locate(config.RootDirectory, config.Theme, SourcePosition.File(config.ConfigFile), diagnostics);

    /// <summary>The installed theme <paramref name="name"/> and those it extends, without any site's files (to compile it ahead of builds).</summary>
    public static ThemeFiles? LocateInstalled(string name, DiagnosticBag diagnostics) =>
        Locate(null, name, SourcePosition.File(Path.Combine(InstalledRoot, name)), diagnostics);

    private static ThemeFiles? Locate(string? siteRoot, string theme, SourcePosition namedAt, DiagnosticBag diagnostics)
    {
        var layers = new List<ThemeLayer>();
        var name = theme;
        var seen = new List<string>();
        while (true)
        {
            if (seen.Contains(name, StringComparer.Ordinal))
            {
                diagnostics.Error(namedAt, $"The themes extend each other in a circle: {string.Join(" → ", seen.Append(name))}.",
                    "Make one of them extend 'default', or none.");
                return null;
            }

            seen.Add(name);
            var found = new List<ThemeLayer>();
            var own = siteRoot is null ? null : Path.Combine(siteRoot, ThemesFolder, name);
            if (Directory.Exists(own))
            {
                found.Add(new ThemeLayer(name, own, siteRoot!, IsSite: true));
            }

            var installed = Path.Combine(InstalledRoot, name);
            if (Directory.Exists(installed))
            {
                found.Add(new ThemeLayer(name, installed, AppContext.BaseDirectory, IsSite: false));
            }

            if (found.Count == 0)
            {
                var known = InstalledNames().Concat(SiteNames(siteRoot)).Distinct(StringComparer.Ordinal).ToList();
                diagnostics.Error(namedAt, $"The theme '{name}' does not exist: it is neither installed with WorkPlanSite nor in the site's {ThemesFolder}/{name}/ folder.",
                    Text.Suggestions.DidYouMean(name, known) ?? $"The installed themes are: {string.Join(", ", InstalledNames())}.");
                return null;
            }

            layers.AddRange(found);
            if (Extends(found, diagnostics) is not { } parent)
            {
                return new ThemeFiles(theme, layers);
            }

            (name, namedAt) = parent;
        }
    }

    /// <summary>The names of the themes installed with WorkPlanSite.</summary>
    public static IEnumerable<string> InstalledNames() => Directory.Exists(InstalledRoot)
        ? Directory.EnumerateDirectories(InstalledRoot).Select(Path.GetFileName).OfType<string>().Where(n => !n.StartsWith('.')).Order(StringComparer.Ordinal)
        : [];

    private static IEnumerable<string> SiteNames(string? siteRoot)
    {
        var folder = siteRoot is null ? null : Path.Combine(siteRoot, ThemesFolder);
        return Directory.Exists(folder) ? Directory.EnumerateDirectories(folder).Select(Path.GetFileName).OfType<string>() : [];
    }

    /// <summary>The theme named by <c>extends</c> in the first of <paramref name="layers"/> whose manifest has one, and where it is named.</summary>
    private static (string Name, SourcePosition At)? Extends(IEnumerable<ThemeLayer> layers, DiagnosticBag diagnostics)
    {
        foreach (var layer in layers)
        {
            var path = Path.Combine(layer.Directory, ManifestFile);
            if (!File.Exists(path))
            {
                continue;
            }

            var display = Path.GetRelativePath(layer.DisplayRoot, path).Replace('\\', '/');
            var text = SourceText.Read(path, display, diagnostics);
            if (text is null || YamlDocumentReader.Parse(text, display, 0, diagnostics) is not YamlMappingNode map)
            {
                continue;
            }

            foreach (var (key, value) in map.Children)
            {
                if (key is YamlScalarNode { Value: "extends" })
                {
                    var position = YamlDocumentReader.PositionOf(value, display, 0);
                    if (value is YamlScalarNode { Value: { Length: > 0 } parent } && Text.Ids.IsValid(parent))
                    {
                        return (parent, position);
                    }

                    diagnostics.Error(position, "'extends' must name a theme: a folder name of letters, digits and '-'.", "For example: extends: default");
                    return null;
                }
            }
        }

        return null;
    }
}

/// <summary>One folder of a theme: the site's own copy or the installed one.</summary>
/// <param name="Name">The theme's name.</param>
/// <param name="Directory">The folder.</param>
/// <param name="DisplayRoot">The folder messages show its paths from.</param>
/// <param name="IsSite">True for a folder of the site, false for one installed with WorkPlanSite.</param>
public sealed record ThemeLayer(string Name, string Directory, string DisplayRoot, bool IsSite);
