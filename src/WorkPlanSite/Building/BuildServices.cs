using System.Collections.Immutable;
using WorkPlanSite.Configuration;
using WorkPlanSite.Dates;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Pages;
using WorkPlanSite.Rendering;
using WorkPlanSite.Themes;
using WorkPlanSite.Urls;

namespace WorkPlanSite.Building;

/// <summary>
/// The expensive services of one build, created once and shared by every stage and thread:
/// the Markdown pipeline, the theme and its UI strings, the culture data of each language, the URL policy.
/// </summary>
public sealed record BuildServices(
    SiteConfig Config,
    ThemeFiles Theme,
    Type RootComponent,
    ImmutableSortedDictionary<string, LanguageKit> Languages,
    MarkdownRenderer Markdown,
    SiteUrls Urls)
{
    /// <summary>Creates the services; returns null with diagnostics when the theme or the culture data is missing.</summary>
    public static BuildServices? Create(SiteConfig config, DiagnosticBag diagnostics)
    {
        if (CultureGuard.Problem() is { } problem)
        {
            diagnostics.Error(SourcePosition.File(config.ConfigFile), problem);
            return null;
        }

        var theme = ThemeFiles.Locate(config, diagnostics);
        if (theme is null)
        {
            return null;
        }

        var root = ThemeCatalog.RootComponent(config.Theme) ?? ThemeCatalog.RootComponent("default");
        if (root is null)
        {
            diagnostics.Error(SourcePosition.File(config.ConfigFile), $"No compiled theme is installed (looked for '{config.Theme}').",
                "Reinstall WorkPlanSite, or build it from source with 'dotnet build'.");
            return null;
        }

        var strings = UiStringsLoader.Load(config, theme, diagnostics);
        var kits = config.Languages.ToImmutableSortedDictionary(l => l.Code, l => new LanguageKit(l, strings[l.Code]), StringComparer.Ordinal);
        return new BuildServices(config, theme, root, kits, new MarkdownRenderer(config.RawHtml), new SiteUrls(config));
    }
}
