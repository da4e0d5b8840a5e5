using System.Collections.Immutable;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Loading;
using YamlDotNet.RepresentationModel;

namespace WorkPlanSite.Themes;

/// <summary>
/// Loads the interface texts of every configured language: the theme's <c>i18n/&lt;lang&gt;.yaml</c> (each layer of the
/// theme over the one below it, see <see cref="ThemeFiles"/>), then the site's
/// own <c>i18n/&lt;lang&gt;.yaml</c> over it key by key (so a site owner rewords one label without copying the theme).
/// Nested keys are flattened to <c>a.b.c</c>. A key a language lacks falls back to the default language's text and
/// is reported as a warning naming the key and the language.
/// </summary>
public static class UiStringsLoader
{
    /// <summary>The folder, under the site root, of the site's own UI strings.</summary>
    public const string SiteFolder = "i18n";

    /// <summary>The strings per language code.</summary>
    public static ImmutableSortedDictionary<string, UiStrings> Load(SiteConfig config, ThemeFiles theme, DiagnosticBag diagnostics)
    {
        var themeTexts = config.Languages.ToDictionary(l => l.Code, l => ReadTheme(config, theme, l.Code, diagnostics), StringComparer.Ordinal);
        var known = themeTexts[config.DefaultLanguage].Keys.ToList();
        var merged = config.Languages.ToDictionary(
            l => l.Code,
            l => themeTexts[l.Code].SetItems(ReadSite(config, l.Code, known, diagnostics)),
            StringComparer.Ordinal);
        var fallback = merged[config.DefaultLanguage];
        foreach (var language in config.LanguageCodes.Where(l => l != config.DefaultLanguage))
        {
            var path = theme.StringsPath(language);
            foreach (var key in fallback.Keys.Where(k => !merged[language].ContainsKey(k)))
            {
                diagnostics.Warning(SourcePosition.File(theme.Display(path)),
                    $"The UI string '{key}' has no '{language}' text; the '{config.DefaultLanguage}' text is shown instead.",
                    $"Add '{key}' to {Path.GetFileName(path)}, or to the site's {SiteFolder}/{language}.yaml.");
            }
        }

        return merged.ToImmutableSortedDictionary(p => p.Key, p => new UiStrings(p.Key, p.Value, fallback), StringComparer.Ordinal);
    }

    /// <summary>The site's own strings file of a language.</summary>
    public static string SitePath(SiteConfig config, string language) => Path.Combine(config.RootDirectory, SiteFolder, language + ".yaml");

    private static ImmutableSortedDictionary<string, string> ReadTheme(SiteConfig config, ThemeFiles theme, string language, DiagnosticBag diagnostics)
    {
        var path = theme.StringsPath(language);
        var display = theme.Display(path);
        var layers = theme.StringsPaths(language).ToList();
        if (layers.Count == 0)
        {
            // A site may bring a language's strings itself, in its own i18n folder.
            if (!File.Exists(SitePath(config, language)))
            {
                diagnostics.Warning(SourcePosition.File(display), $"The theme has no UI strings for '{language}'; the '{config.DefaultLanguage}' strings are used.",
                    $"Copy {Path.GetFileName(theme.StringsPath(config.DefaultLanguage))} to {Path.GetFileName(path)} (or to the site's {SiteFolder}/{language}.yaml) and translate it.");
            }

            return ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
        }

        // Each layer of the theme over the one below it, key by key: a site's copy of en.yaml may hold only the keys it changes.
        return layers.Aggregate(ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal),
            (texts, layer) => texts.SetItems(ReadFile(layer, theme.Display(layer), diagnostics)));
    }

    private static ImmutableSortedDictionary<string, string> ReadSite(SiteConfig config, string language, IReadOnlyCollection<string> known, DiagnosticBag diagnostics)
    {
        var path = SitePath(config, language);
        if (!File.Exists(path))
        {
            return ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
        }

        var display = Path.GetRelativePath(config.RootDirectory, path).Replace('\\', '/');
        var texts = ReadFile(path, display, diagnostics);
        foreach (var key in texts.Keys.Where(k => !known.Contains(k)))
        {
            diagnostics.Warning(SourcePosition.File(display), $"The UI string '{key}' is not one the theme uses, so it changes nothing.",
                Text.Suggestions.DidYouMean(key, known) ?? "Check the key against the theme's i18n files.");
        }

        return texts;
    }

    /// <summary>Reads one UI strings file into flat <c>a.b.c</c> keys; problems are reported against <paramref name="display"/>.</summary>
    public static ImmutableSortedDictionary<string, string> ReadFile(string path, string display, DiagnosticBag diagnostics)
    {
        var result = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var text = SourceText.Read(path, display, diagnostics);
        if (text is null || YamlDocumentReader.Parse(text, display, 0, diagnostics) is not { } root)
        {
            return result.ToImmutable();
        }

        Flatten(root, "", result, display, diagnostics);
        return result.ToImmutable();
    }

    private static void Flatten(YamlNode node, string prefix, ImmutableSortedDictionary<string, string>.Builder into, string display, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    var name = ((YamlScalarNode)key).Value ?? "";
                    Flatten(value, prefix.Length == 0 ? name : $"{prefix}.{name}", into, display, diagnostics);
                }

                break;
            case YamlScalarNode scalar:
                into[prefix] = scalar.Value ?? "";
                break;
            default:
                diagnostics.Error(YamlDocumentReader.PositionOf(node, display, 0), $"The UI string '{prefix}' must be a text or a group of texts, not a list.");
                break;
        }
    }
}
