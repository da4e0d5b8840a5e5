using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Translating;

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

/// <summary>The build's opening (<see cref="SiteBuilder.Read"/>), then which translations are missing or outdated, without rendering anything.</summary>
public static class TranslationStatusRunner
{
    /// <summary>Reads the site and builds its translation report; content errors are reported alongside, not fatal.</summary>
    public static TranslationStatusResult Run(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        if (SiteBuilder.Read(options, diagnostics) is not { } site)
        {
            return new(null, null, diagnostics.Sorted());
        }

        var strings = site.Services.Languages.ToDictionary(p => p.Key, p => p.Value.Strings, StringComparer.Ordinal);
        var report = new TranslationReportBuilder(site.Config, strings).Build(site.Programmes, site.Own);
        return new(report, site.Config, diagnostics.Sorted());
    }
}
