using System.Collections.Immutable;
using System.Diagnostics;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Loading;
using WorkPlanSite.Model;
using WorkPlanSite.Pages;
using WorkPlanSite.Rendering;
using WorkPlanSite.Validation;
using WorkPlanSite.Writing;

namespace WorkPlanSite.Building;

/// <summary>
/// The build, read as a table of contents: Configure, Load, Validate, Model, Render, Write.
/// Any error stops the build before anything is written; every problem found up to then is reported.
/// </summary>
/// <param name="onStage">Told when each long stage starts, for a progress display; may be null.</param>
public sealed class SiteBuilder(Action<BuildStage>? onStage = null)
{
    /// <summary>Builds the site and writes it to the output folder.</summary>
    public Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellation = default) =>
        RunAsync(options, write: true, cancellation);

    /// <summary>Checks everything a build checks, without writing anything.</summary>
    public Task<BuildResult> CheckAsync(BuildOptions options, CancellationToken cancellation = default) =>
        RunAsync(options, write: false, cancellation);

    private async Task<BuildResult> RunAsync(BuildOptions options, bool write, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var stages = new StageClock();
        var diagnostics = new DiagnosticBag();
        BuildResult Failed() => new(false, diagnostics.Sorted(), ImmutableSortedDictionary<string, int>.Empty, clock.Elapsed, null);

        var config = SiteConfigLoader.Load(options, diagnostics);
        if (config is null || BuildServices.Create(config, diagnostics) is not { } services)
        {
            return Failed();
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

        if (diagnostics.HasErrors)
        {
            return Failed();
        }

        stages.Lap("validate");
        var model = new SiteModelBuilder(config, services.Markdown).Build(programmes);
        stages.Lap("model");
        var plan = new PagePlanner(model, services.Urls, services.Languages).Plan();
        stages.Lap("plan");
        var pages = plan.Pages;
        if (!write)
        {
            return new(true, diagnostics.Sorted(), ImmutableSortedDictionary<string, int>.Empty, clock.Elapsed, null) { Stages = stages.Stages };
        }

        onStage?.Invoke(new BuildStage("Rendering", $"{pages.Count} pages"));
        var files = await RenderAsync(plan, services, cancellation);
        stages.Lap("render");
        onStage?.Invoke(new BuildStage("Writing", $"{files.Count} files"));
        new SiteWriter(config).Write(files);
        stages.Lap("write");
        var perLanguage = pages
            .Where(p => p is not RootPage)
            .GroupBy(p => p.Context.Language)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new(true, diagnostics.Sorted(), perLanguage, clock.Elapsed, config.OutputDirectory) { Stages = stages.Stages };
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

        files.AddRange(plan.Calendars.Select(c => OutputFile.Text(services.Urls.OutputPath(c.Url), c.Content)));
        files.AddRange(StaticFiles.Assets(services.Theme));
        files.AddRange(StaticFiles.GitHubPages(services.Config));
        files.Add(SitemapWriter.Sitemap(pages, services.Urls));
        files.Add(SitemapWriter.Robots(services.Urls));
        return files;
    }
}
