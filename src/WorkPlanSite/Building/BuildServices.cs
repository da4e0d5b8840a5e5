using System.Collections.Immutable;
using WorkPlanSite.Configuration;
using WorkPlanSite.Dates;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Pages;
using WorkPlanSite.Rendering;
using WorkPlanSite.Rendering.Templates;
using WorkPlanSite.Themes;
using WorkPlanSite.Urls;

namespace WorkPlanSite.Building;

/// <summary>
/// The expensive services of one build, created once and shared by every stage and thread:
/// the Markdown pipeline, the theme with its compiled templates and its UI strings, the culture data of each language, the URL policy.
/// </summary>
public sealed record BuildServices(
    SiteConfig Config,
    ThemeFiles Theme,
    ThemeTemplates Templates,
    ImmutableSortedDictionary<string, LanguageKit> Languages,
    MarkdownRenderer Markdown,
    SiteUrls Urls)
{
    /// <summary>Creates the services; returns null with diagnostics when the theme or the culture data is missing, or a template does not compile.</summary>
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

        // The UI strings first: their problems are reported with the templates' errors, whatever those are.
        var strings = UiStringsLoader.Load(config, theme, diagnostics);
        var templates = ThemeTemplates.Create(theme, ThemeTemplates.CacheFolder, diagnostics);
        if (templates is null)
        {
            return null;
        }

        var kits = config.Languages.ToImmutableSortedDictionary(l => l.Code, l => new LanguageKit(l, strings[l.Code]), StringComparer.Ordinal);
        var fileSizes = kits.ToImmutableSortedDictionary(k => k.Key, k => new Attachments.FileSizeText(k.Value.Culture, k.Value.Strings), StringComparer.Ordinal);
        return new BuildServices(config, theme, templates, kits, new MarkdownRenderer(config.RawHtml, fileSizes), new SiteUrls(config));
    }
}
