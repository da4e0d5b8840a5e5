using System.Collections.Immutable;
using System.Diagnostics;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Loading;
using WorkPlanSite.Model;
using WorkPlanSite.Text;
using WorkPlanSite.Urls;
using WorkPlanSite.Validation;
using WorkPlanSite.Writing;

namespace WorkPlanSite.Building;

/// <summary>
/// The build, read as a table of contents: Configure, Load, Validate, then Model, Plan, Render and Write one
/// programme at a time (<see cref="SitePublisher"/>, into a staging folder), check the output's links, and swap
/// the new site in. Any error leaves the previous site as it was; every problem found up to then is reported.
/// </summary>
/// <param name="onStage">Told when each long stage starts, for a progress display; may be null.</param>
public sealed class SiteBuilder(Action<BuildStage>? onStage = null)
{
    /// <summary>Builds the site and writes it to the output folder.</summary>
    public async Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellation = default) =>
        (await RunAsync(options, Until.Write, cancellation)).Result;

    /// <summary>Checks the configuration, the content and the pages' links as a build does, without writing anything.</summary>
    public async Task<BuildResult> CheckAsync(BuildOptions options, CancellationToken cancellation = default) =>
        (await RunAsync(options, Until.Check, cancellation)).Result;

    /// <summary>
    /// Renders the site in memory, without writing it: the files are returned even when the output's links are
    /// broken (they are then reported as errors), so that a caller can look at what a build would publish.
    /// </summary>
    public Task<RenderedSite> RenderAsync(BuildOptions options, CancellationToken cancellation = default) =>
        RunAsync(options, Until.Render, cancellation);

    private enum Until
    {
        Check,
        Render,
        Write,
    }

    private async Task<RenderedSite> RunAsync(BuildOptions options, Until until, CancellationToken cancellation)
    {
        var write = until == Until.Write;
        var clock = Stopwatch.StartNew();
        var stages = new StageClock();
        var diagnostics = new DiagnosticBag();
        IReadOnlyList<OutputFile> files = [];
        var basePath = "/";
        RenderedSite Done(bool succeeded, ImmutableSortedDictionary<string, int>? perLanguage = null, string? output = null) =>
            new(new(succeeded, diagnostics.Sorted(), perLanguage ?? ImmutableSortedDictionary<string, int>.Empty, clock.Elapsed, output) { Stages = stages.Stages }, files) { BasePath = basePath };

        var config = SiteConfigLoader.Load(options, diagnostics);
        basePath = config?.BasePath ?? basePath;
        if (config is null || BuildServices.Create(config, diagnostics) is not { } services)
        {
            return Done(false);
        }

        stages.Lap("configure");
        onStage?.Invoke(new BuildStage("Loading the content"));
        if (LoadAndValidate(config, services, write, diagnostics, stages) is not var (programmes, links))
        {
            return Done(false);
        }

        onStage?.Invoke(new BuildStage("Rendering", $"{programmes.Length} programmes"));
        if (!write)
        {
            // A check renders every page as a build does (so that a link written in the content to a missing
            // #fragment is caught too) and keeps only their links; a render keeps the files in memory.
            var kept = until == Until.Check ? (SiteOutput)new SiteOutput.Discarded() : new SiteOutput.InMemory();
            var publisher = new SitePublisher(services, diagnostics);
            var pages = await publisher.PublishAsync(programmes, links, kept, cancellation);
            stages.Lap("publish", publisher.Steps);
            if (diagnostics.HasErrors)
            {
                return Done(false);
            }

            files = kept is SiteOutput.InMemory memory ? memory.Files : [];
            ReportBrokenLinks(kept.Links.Check(config.BaseUrl), config, diagnostics);
            stages.Lap("links");
            return Done(!diagnostics.HasErrors, until == Until.Render ? pages : null);
        }

        // Each page is written into the staging folder as soon as it is rendered, and only its links and ids are
        // kept for the link check: the site is never held in memory. Any error (in the content, found while
        // modelling, or a broken link) leaves the staging folder unused, so nothing is written.
        try
        {
            using var staging = StagingFolder.Begin(config);
            var output = new SiteOutput.Staged(staging);
            var publisher = new SitePublisher(services, diagnostics);
            var perLanguage = await publisher.PublishAsync(programmes, links, output, cancellation);
            stages.Lap("publish", publisher.Steps);

            // A content error (found while modelling) already names the cause of any link it breaks.
            if (diagnostics.HasErrors)
            {
                return Done(false);
            }

            onStage?.Invoke(new BuildStage("Checking links", $"{perLanguage.Values.Sum()} pages"));
            ReportBrokenLinks(output.Links.Check(config.BaseUrl), config, diagnostics);
            stages.Lap("links");
            if (diagnostics.HasErrors)
            {
                return Done(false);
            }

            staging.Commit();
            stages.Lap("swap");
            return Done(true, perLanguage, config.OutputDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The staging folder is deleted and the previous site left in place.
            diagnostics.Error(SourcePosition.File(Path.GetRelativePath(config.RootDirectory, config.OutputDirectory).Replace('\\', '/')),
                $"The site could not be written: {ex.Message}", "The previous site is unchanged. Check the free disk space and the permissions of the output folder.");
            return Done(false);
        }
    }

    /// <summary>
    /// Load and Validate: every programme read and checked, in site order, with the index that resolves links
    /// between content files; null when there are errors (all reported, content links included). The programmes
    /// come back in an array of their own, which the next stages empty one by one: nothing else holds them.
    /// </summary>
    private static (Programme?[] Programmes, ContentLinkResolver Links)? LoadAndValidate(SiteConfig config, BuildServices services, bool write, DiagnosticBag diagnostics, StageClock stages)
    {
        var programmes = new ContentLoader(config, diagnostics).Load();
        stages.Lap("load");
        new SiteValidator(config, diagnostics).Validate(programmes);
        if (write && OutputFolderGuard.Problem(config) is { } outputProblem)
        {
            diagnostics.Error(SourcePosition.File(config.ConfigFile), outputProblem);
        }

        // Links between content files are checked by the model stage as it renders each text (check runs it too),
        // so that each Markdown text is parsed once. When the build stops here, they are checked on their own, so
        // that every problem is still reported at once.
        if (diagnostics.HasErrors)
        {
            new ContentLinkValidator(config, services.Markdown, services.Urls, diagnostics).Validate(programmes);
            return null;
        }

        var links = new ContentLinkResolver(config, programmes, services.Urls);
        stages.Lap("validate");
        return (SiteModelBuilder.InSiteOrder(programmes).ToArray<Programme?>(), links);
    }

    /// <summary>Reports each broken link of the output at its page's line and column.</summary>
    internal static void ReportBrokenLinks(IReadOnlyList<BrokenLink> broken, SiteConfig config, DiagnosticBag diagnostics)
    {
        foreach (var link in broken)
        {
            var page = Path.GetRelativePath(config.RootDirectory, Path.Combine(config.OutputDirectory, link.File)).Replace('\\', '/');
            diagnostics.Error(new SourcePosition(page, link.Line, link.Column), $"The link '{Ids.Shorten(link.Target)}' on this page leads nowhere: {link.Reason}.",
                "If the link is written in the content (a Markdown link or HTML), correct it there; otherwise the theme's markup is wrong.");
        }
    }
}
