using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Loading;
using WorkPlanSite.Translating;
using WorkPlanSite.Validation;

namespace WorkPlanSite.Building;

/// <summary>The outcome of a translation status run.</summary>
/// <param name="Report">The status, or null when the configuration or the theme could not be read.</param>
/// <param name="Config">The site's configuration, when it could be read.</param>
/// <param name="Diagnostics">Every problem met while loading, sorted.</param>
public sealed record TranslationStatusResult(TranslationReport? Report, SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);
}

/// <summary>Configure, Load, Validate, then report which translations are missing or outdated, without rendering anything.</summary>
public static class TranslationStatusRunner
{
    /// <summary>Reads the site and builds its translation report; content errors are reported alongside, not fatal.</summary>
    public static TranslationStatusResult Run(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(options, diagnostics);
        if (config is null || BuildServices.Create(config, diagnostics) is not { } services)
        {
            return new(null, config, diagnostics.Sorted());
        }

        var programmes = new ContentLoader(config, diagnostics).Load();
        new SiteValidator(config, diagnostics).Validate(programmes);
        var strings = services.Languages.ToDictionary(p => p.Key, p => p.Value.Strings, StringComparer.Ordinal);
        var report = new TranslationReportBuilder(config, strings).Build(programmes);
        return new(report, config, diagnostics.Sorted());
    }
}
