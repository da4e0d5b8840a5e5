using System.Collections.Immutable;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Building;

/// <summary>The outcome of a build or a check.</summary>
/// <param name="Succeeded">True when the site was written (or, for a check, would be).</param>
/// <param name="Diagnostics">Every error and warning, sorted.</param>
/// <param name="PagesPerLanguage">Pages written per language code (empty on failure or for a check).</param>
/// <param name="Elapsed">Time taken.</param>
/// <param name="OutputDirectory">Where the site was written, if it was.</param>
public sealed record BuildResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    ImmutableSortedDictionary<string, int> PagesPerLanguage,
    TimeSpan Elapsed,
    string? OutputDirectory)
{
    /// <summary>The number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>The number of warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>
    /// How many files were made (rendered or copied) by this build; a rebuild in memory keeps the others as they were.
    /// Zero when the build stopped before publishing.
    /// </summary>
    public int FilesMade { get; init; }

    /// <summary>
    /// Lines the build says besides its diagnostics: a step it left out because a program it would run is not there
    /// ("Search: Pagefind was not found…"), which is no problem of the site.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Wall time of each stage, in order (empty when the build stopped early).</summary>
    public IReadOnlyList<StageTiming> Stages { get; init; } = [];
}

/// <summary>A site rendered in memory: the outcome, and the files a build would write.</summary>
/// <param name="Result">The outcome; it fails when the output's links are broken, yet the files are there.</param>
public sealed record RenderedSite(BuildResult Result)
{
    /// <summary>No file: a build that stopped before rendering.</summary>
    public static ImmutableSortedDictionary<string, Writing.OutputFile> NoFiles { get; } = ImmutableSortedDictionary<string, Writing.OutputFile>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>The rendered files by path (none when the content has errors).</summary>
    public ImmutableSortedDictionary<string, Writing.OutputFile> FilesByPath { get; init; } = NoFiles;

    /// <summary>The rendered files in the order of their paths (none when the content has errors).</summary>
    public IReadOnlyList<Writing.OutputFile> Files => [.. FilesByPath.Values];

    /// <summary>The path part of the base URL the files were rendered for: <c>/</c> or <c>/repo/</c>.</summary>
    public string BasePath { get; init; } = "/";

    /// <summary>What the build kept for a rebuild of the same site (null when it could not read the configuration).</summary>
    internal BuildMemory? Memory { get; init; }
}

/// <summary>A site as Configure, Load and Validate read it (<see cref="SiteBuilder.Read"/>).</summary>
/// <param name="Config">The configuration.</param>
/// <param name="Services">The build's services.</param>
/// <param name="Programmes">Every programme that could be loaded, in site order, its texts still Markdown.</param>
public sealed record SiteReading(Configuration.SiteConfig Config, BuildServices Services, ImmutableArray<Model.Programme> Programmes)
{
    /// <summary>The site's own pages and the home page's introduction, as read.</summary>
    public Model.OwnContent Own { get; init; } = Model.OwnContent.None;
}
