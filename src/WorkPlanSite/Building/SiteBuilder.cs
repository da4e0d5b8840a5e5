using System.Collections.Immutable;
using System.Diagnostics;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Loading;
using WorkPlanSite.Model;
using WorkPlanSite.Pages;
using WorkPlanSite.Rendering;
using WorkPlanSite.Text;
using WorkPlanSite.Validation;
using WorkPlanSite.Writing;

namespace WorkPlanSite.Building;

/// <summary>
/// The build, read as a table of contents: Configure, Load, Validate, Model, Render, check the output's links, Write.
/// Any error stops the build before anything is written; every problem found up to then is reported.
/// </summary>
/// <param name="onStage">Told when each long stage starts, for a progress display; may be null.</param>
public sealed class SiteBuilder(Action<BuildStage>? onStage = null)
{
    /// <summary>Builds the site and writes it to the output folder.</summary>
    public async Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellation = default) =>
        (await RunAsync(options, Until.Write, cancellation)).Result;

    /// <summary>Checks the configuration and the content as a build does, without rendering or writing anything.</summary>
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
        RenderedSite Done(bool succeeded, ImmutableSortedDictionary<string, int>? perLanguage = null, string? output = null) =>
            new(new(succeeded, diagnostics.Sorted(), perLanguage ?? ImmutableSortedDictionary<string, int>.Empty, clock.Elapsed, output) { Stages = stages.Stages }, files);

        var config = SiteConfigLoader.Load(options, diagnostics);
        if (config is null || BuildServices.Create(config, diagnostics) is not { } services)
        {
            return Done(false);
        }

        stages.Lap("configure");
        onStage?.Invoke(new BuildStage("Loading the content"));
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
            return Done(false);
        }

        stages.Lap("validate");
        var model = new SiteModelBuilder(config, services.Markdown, services.Urls, diagnostics).Build(programmes);
        stages.Lap("model");
        if (diagnostics.HasErrors)
        {
            return Done(false);
        }

        var plan = new PagePlanner(model, services.Urls, services.Languages).Plan();
        stages.Lap("plan");
        var pages = plan.Pages;
        if (until == Until.Check)
        {
            return Done(true);
        }

        if (!write)
        {
            onStage?.Invoke(new BuildStage("Rendering", $"{pages.Count} pages"));
            files = await RenderAsync(plan, services, cancellation);
            stages.Lap("render");
            onStage?.Invoke(new BuildStage("Checking links", $"{files.Count} files"));
            ReportBrokenLinks(OutputLinkChecker.Check(files, config.BaseUrl), config, diagnostics);
            stages.Lap("links");
            return Done(!diagnostics.HasErrors);
        }

        // Each page is written into the staging folder as soon as it is rendered, and only its links and ids are
        // kept for the link check: the site is never held in memory. Broken links leave the staging folder
        // unused, so nothing is written.
        onStage?.Invoke(new BuildStage("Rendering and writing", $"{pages.Count} pages"));
        try
        {
            using var staging = StagingFolder.Begin(config);
            var links = new OutputLinkChecker.Collector();
            await RenderIntoAsync(plan, services, staging, links, cancellation);
            stages.Lap("render+write");
            onStage?.Invoke(new BuildStage("Checking links", $"{pages.Count} pages"));
            ReportBrokenLinks(links.Check(config.BaseUrl), config, diagnostics);
            stages.Lap("links");
            if (diagnostics.HasErrors)
            {
                return Done(false);
            }

            staging.Commit();
            stages.Lap("swap");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The staging folder is deleted and the previous site left in place.
            diagnostics.Error(SourcePosition.File(Path.GetRelativePath(config.RootDirectory, config.OutputDirectory).Replace('\\', '/')),
                $"The site could not be written: {ex.Message}", "The previous site is unchanged. Check the free disk space and the permissions of the output folder.");
            return Done(false);
        }

        var perLanguage = pages
            .Where(p => p is not RootPage)
            .GroupBy(p => p.Context.Language)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return Done(true, perLanguage, config.OutputDirectory);
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

    /// <summary>Renders the pages on all cores into the staging folder, handing each page to the link check on its way.</summary>
    private static async Task RenderIntoAsync(SitePlan plan, BuildServices services, StagingFolder staging, OutputLinkChecker.Collector links, CancellationToken cancellation)
    {
        var pages = plan.Pages;
        await using (var renderer = new RazorPageRenderer(services.RootComponent, Environment.ProcessorCount))
        {
            await renderer.RenderEachAsync(pages, (int index, ReadOnlySpan<char> html) =>
            {
                var path = services.Urls.OutputPath(pages[index].Url);
                links.AddPage(path, html);
                staging.WriteText(path, html);
            }, cancellation);
        }

        Parallel.ForEach(OtherFiles(plan, services), file =>
        {
            links.Add(file);
            staging.Write(file);
        });
    }

    private static async Task<IReadOnlyList<OutputFile>> RenderAsync(SitePlan plan, BuildServices services, CancellationToken cancellation)
    {
        var pages = plan.Pages;
        await using var renderer = new RazorPageRenderer(services.RootComponent, Environment.ProcessorCount);
        var html = await renderer.RenderAllAsync(pages, cancellation);
        var files = new List<OutputFile>(pages.Count + 8);
        for (var i = 0; i < pages.Count; i++)
        {
            files.Add(OutputFile.Text(services.Urls.OutputPath(pages[i].Url), html[i]));
        }

        files.AddRange(OtherFiles(plan, services));
        return files;
    }

    /// <summary>The files beside the pages: calendars, theme assets, GitHub Pages files, sitemap, robots.txt.</summary>
    internal static List<OutputFile> OtherFiles(SitePlan plan, BuildServices services)
    {
        var files = new List<OutputFile>(plan.Calendars.Count + 8);
        files.AddRange(plan.Calendars.Select(c => OutputFile.Text(services.Urls.OutputPath(c.Url), c.Content)));
        files.AddRange(StaticFiles.Assets(services.Theme));
        files.AddRange(StaticFiles.GitHubPages(services.Config));
        files.Add(SitemapWriter.Sitemap(plan.Pages, services.Urls));
        files.Add(SitemapWriter.Robots(services.Urls));
        return files;
    }
}
