using System.Collections.Immutable;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Loading;
using YamlDotNet.RepresentationModel;

namespace WorkPlanSite.Themes;

/// <summary>Loads the theme's UI strings for every configured language, flattening nested keys to <c>a.b.c</c>.</summary>
public static class UiStringsLoader
{
    /// <summary>The strings per language code.</summary>
    public static ImmutableSortedDictionary<string, UiStrings> Load(SiteConfig config, ThemeFiles theme, DiagnosticBag diagnostics)
    {
        var raw = config.Languages.ToDictionary(l => l.Code, l => Read(config, theme, l.Code, diagnostics), StringComparer.Ordinal);
        var fallback = raw[config.DefaultLanguage];
        foreach (var language in config.LanguageCodes.Where(l => l != config.DefaultLanguage))
        {
            foreach (var key in fallback.Keys.Where(k => !raw[language].ContainsKey(k)))
            {
                diagnostics.Warning(SourcePosition.File(theme.Display(theme.StringsPath(language))),
                    $"The UI string '{key}' has no '{language}' text; the '{config.DefaultLanguage}' text is shown instead.",
                    $"Add '{key}' to {Path.GetFileName(theme.StringsPath(language))}.");
            }
        }

        return raw.ToImmutableSortedDictionary(p => p.Key, p => new UiStrings(p.Key, p.Value, fallback), StringComparer.Ordinal);
    }

    private static ImmutableSortedDictionary<string, string> Read(SiteConfig config, ThemeFiles theme, string language, DiagnosticBag diagnostics)
    {
        var path = theme.StringsPath(language);
        var display = theme.Display(path);
        if (!File.Exists(path))
        {
            diagnostics.Warning(SourcePosition.File(display), $"The theme has no UI strings for '{language}'; the '{config.DefaultLanguage}' strings are used.",
                $"Copy {Path.GetFileName(theme.StringsPath(config.DefaultLanguage))} to {Path.GetFileName(path)} and translate it.");
            return ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
        }

        return ReadFile(path, display, diagnostics);
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
