using System.Collections.Immutable;
using System.Diagnostics;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Loading;
using WorkPlanSite.Model;
using WorkPlanSite.Pages;
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
        (await RunAsync(options, Until.Write, null, [], cancellation)).Result;

    /// <summary>Checks the configuration, the content and the pages' links as a build does, without writing anything.</summary>
    public async Task<BuildResult> CheckAsync(BuildOptions options, CancellationToken cancellation = default) =>
        (await RunAsync(options, Until.Check, null, [], cancellation)).Result;

    /// <summary>
    /// Renders the site in memory, without writing it: the files are returned even when the output's links are
    /// broken (they are then reported as errors), so that a caller can look at what a build would publish.
    /// </summary>
    public Task<RenderedSite> RenderAsync(BuildOptions options, CancellationToken cancellation = default) =>
        RunAsync(options, Until.Render, null, [], cancellation);

    /// <summary>
    /// Renders the site in memory again after <paramref name="changedPaths"/> changed, handed what the build that
    /// rendered it before kept (<see cref="RenderedSite.Memory"/>): the same stages on less input. What depends on no
    /// changed file is taken as it was; a change outside the programme folders (configuration, theme, UI strings)
    /// builds everything again. The result is the same, byte for byte and diagnostic for diagnostic, as a build
    /// from nothing.
    /// </summary>
    internal Task<RenderedSite> RenderAsync(BuildOptions options, BuildMemory? previous, IReadOnlyCollection<string> changedPaths, CancellationToken cancellation = default) =>
        RunAsync(options, Until.Render, previous, changedPaths, cancellation);

    /// <summary>
    /// Configure, Load and Validate, the opening of every build, alone: the site as read, for a command that reports
    /// on the content without rendering it (<c>translations</c>) or a tool that looks at the loaded programmes.
    /// Null when the configuration or the theme cannot be read; content errors are reported, not fatal.
    /// </summary>
    public static SiteReading? Read(BuildOptions options, DiagnosticBag diagnostics)
    {
        if (Configure(options, null, diagnostics) is not var (config, services, _))
        {
            return null;
        }

        var loaded = LoadStage.Run(config, services.Urls, null, null, diagnostics);
        var own = LoadStage.RunOwnContent(config, services.Urls, loaded, diagnostics);
        return new SiteReading(config, services, SiteModelBuilder.InSiteOrder(loaded.Values.Select(l => l.Programme).OfType<Programme>()).ToImmutableArray()) { Own = own };
    }

    private enum Until
    {
        Check,
        Render,
        Write,
    }

    private async Task<RenderedSite> RunAsync(BuildOptions options, Until until, BuildMemory? previous, IReadOnlyCollection<string> changedPaths, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var stages = new StageClock();
        var diagnostics = new DiagnosticBag();
        var changed = previous is not null && previous.Options == options ? previous.ChangedProgrammes(changedPaths) : null;
        var kept = changed is null ? null : previous;
        RenderedSite Done(bool succeeded, string basePath, ImmutableSortedDictionary<string, int>? perLanguage = null, string? output = null) =>
            new(new(succeeded, diagnostics.Sorted(), perLanguage ?? ImmutableSortedDictionary<string, int>.Empty, clock.Elapsed, output) { Stages = stages.Stages }) { BasePath = basePath };

        if (Configure(options, kept, diagnostics) is not var (config, services, configured))
        {
            return Done(false, "/");
        }

        stages.Lap("configure");
        onStage?.Invoke(new BuildStage("Loading the content"));
        var loaded = LoadStage.Run(config, services.Urls, kept?.Loaded, changed, diagnostics);
        var own = LoadStage.RunOwnContent(config, services.Urls, loaded, diagnostics);
        stages.Lap("load");
        // Only a render is rebuilt from what it keeps. A build or a check keeps nothing, so that each loaded programme
        // can be collected as soon as it is published (memory held for the whole build stays that of the addresses).
        var memory = until == Until.Render ? new BuildMemory(options, config, services, configured, loaded, StillLoaded(kept?.Published, loaded), kept?.Output) : null;
        if (Validate(config, services, loaded, own, until == Until.Write, diagnostics) is not var (programmes, links))
        {
            return Done(false, config.BasePath) with { Memory = memory };
        }

        // Every page shows the menus: when they read otherwise than in the previous build (a programme they name was
        // retitled), no page of it is kept.
        var navigation = new NavigationBuilder(config, services.Urls).Build(own, [.. programmes.OfType<Programme>()]);
        memory = memory is null ? null : memory with { Navigation = navigation.Fingerprint() };
        if (kept is not null && kept.Navigation != memory?.Navigation)
        {
            kept = null;
        }

        stages.Lap("validate");
        onStage?.Invoke(new BuildStage("Rendering", $"{programmes.Length} programmes"));
        if (until == Until.Write)
        {
            var steps = PostWriteSteps.Prepare(config, diagnostics);
            if (diagnostics.HasErrors)
            {
                return Done(false, config.BasePath);
            }

            var written = await WriteAsync(config, services, new SiteContent(programmes, own, navigation, LoadStage.FilesByFolder(loaded)), links, steps, diagnostics, stages, Done, cancellation);
            return written with { Result = written.Result with { Notes = steps.Notes } };
        }

        // A check renders every page as a build does (so that a link written in the content to a missing #fragment is
        // caught too) and keeps only their links; a render keeps the files in memory, and what a rebuild may keep.
        var output = until == Until.Check ? (SiteOutput)new SiteOutput.Discarded() : new SiteOutput.InMemory(kept?.Output?.Files, kept?.Output?.Links);
        var publisher = new SitePublisher(services, diagnostics, navigation) { FolderFiles = LoadStage.FilesByFolder(loaded) };
        var reuse = kept?.Output is { } before ? new PreviousPublication(memory!.Published, before, changed!) : null;
        var published = await publisher.PublishAsync(programmes, own, links, output, reuse, cancellation);
        stages.Lap("publish", publisher.Steps);
        if (diagnostics.HasErrors)
        {
            return Done(false, config.BasePath) with { Memory = memory };
        }

        var broken = CheckLinks(output, config, kept?.Output);
        ReportBrokenLinks(broken, config, diagnostics);
        stages.Lap("links");
        if (output is not SiteOutput.InMemory rendered)
        {
            return Done(!diagnostics.HasErrors, config.BasePath);
        }

        var files = rendered.Files;
        var result = Done(!diagnostics.HasErrors, config.BasePath, published.PagesPerLanguage);
        return result with
        {
            Result = result.Result with { FilesMade = rendered.Made.Count },
            FilesByPath = files,
            Memory = memory! with
            {
                Published = published.Programmes.ToImmutableDictionary(p => p.Source.Id, StringComparer.Ordinal),
                Output = new PublishedOutput(files, rendered.Links, broken, published.SitemapParts, published.SiteFiles, published.Programmes),
            },
        };
    }

    /// <summary>Configure: the configuration and the build's services, or those a previous build made when nothing outside the programmes changed.</summary>
    private static (SiteConfig Config, BuildServices Services, ImmutableArray<Diagnostic> Reported)? Configure(BuildOptions options, BuildMemory? kept, DiagnosticBag diagnostics)
    {
        if (kept is not null)
        {
            diagnostics.AddRange(kept.ConfigureDiagnostics);
            return (kept.Config, kept.Services, kept.ConfigureDiagnostics);
        }

        // Whatever Configure reports is about the configuration, the theme or the UI strings, and says so.
        var reported = new DiagnosticBag();
        var config = SiteConfigLoader.Load(options, reported);
        var services = config is null ? null : BuildServices.Create(config, reported);
        ImmutableArray<Diagnostic> sorted = [.. reported.Sorted().Select(d => d with { Kind = DiagnosticKind.Configuration })];
        diagnostics.AddRange(sorted);
        return services is null ? null : (config!, services, sorted);
    }

    // What was published of the programmes that are still loaded as they were; the others will be published anew.
    private static ImmutableDictionary<string, PublishedProgramme> StillLoaded(ImmutableDictionary<string, PublishedProgramme>? published, ImmutableDictionary<string, LoadedProgramme> loaded) =>
        published?.Where(p => ReferenceEquals(loaded.GetValueOrDefault(p.Key)?.Programme, p.Value.Source)).ToImmutableDictionary(StringComparer.Ordinal)
        ?? ImmutableDictionary<string, PublishedProgramme>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Writes the site: each page into the staging folder as soon as it is rendered, swapped in when the whole site is sound.</summary>
    private async Task<RenderedSite> WriteAsync(SiteConfig config, BuildServices services, SiteContent content, ContentLinkResolver links, PostWriteSteps steps, DiagnosticBag diagnostics, StageClock stages,
        Func<bool, string, ImmutableSortedDictionary<string, int>?, string?, RenderedSite> done, CancellationToken cancellation)
    {
        // Only the links and ids of each page are kept for the link check: the site is never held in memory. Any error
        // (in the content, found while modelling, or a broken link) leaves the staging folder unused, so nothing is written.
        try
        {
            using var staging = StagingFolder.Begin(config);
            var output = new SiteOutput.Staged(staging);
            var publisher = new SitePublisher(services, diagnostics, content.Navigation, steps.Features) { FolderFiles = content.FolderFiles };
            var perLanguage = (await publisher.PublishAsync(content.Programmes, content.Own, links, output, null, cancellation)).PagesPerLanguage;
            stages.Lap("publish", publisher.Steps);

            // A content error (found while modelling) already names the cause of any link it breaks.
            if (diagnostics.HasErrors)
            {
                return done(false, config.BasePath, null, null);
            }

            // The steps that run on the written site: the PDF files (before the link check, which then finds them), the search index.
            if (steps.Chromium is { } chromium)
            {
                onStage?.Invoke(new BuildStage("Printing the PDF files", $"{publisher.PrintJobs.Count} pages"));
                await PdfPrinter.PrintAsync(chromium, staging, output, publisher.PrintJobs, config, (language, size) => PdfSizeText(services, language, size), diagnostics, cancellation);
                stages.Lap("pdf");
            }

            if (steps.Pagefind is { } pagefind && !diagnostics.HasErrors)
            {
                onStage?.Invoke(new BuildStage("Indexing for search"));
                await SearchIndexer.RunAsync(pagefind, staging.Root, config.ConfigFile, diagnostics, cancellation);
                stages.Lap("search");
            }

            if (diagnostics.HasErrors)
            {
                return done(false, config.BasePath, null, null);
            }

            onStage?.Invoke(new BuildStage("Checking links", $"{perLanguage.Values.Sum()} pages"));
            ReportBrokenLinks(output.Links.Check(config.BaseUrl), config, diagnostics);
            stages.Lap("links");
            if (diagnostics.HasErrors)
            {
                return done(false, config.BasePath, null, null);
            }

            staging.Commit();
            stages.Lap("swap");
            return done(true, config.BasePath, perLanguage, config.OutputDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The staging folder is deleted and the previous site left in place.
            diagnostics.AddRange([new Diagnostic(Severity.Error, SourcePosition.File(Path.GetRelativePath(config.RootDirectory, config.OutputDirectory).Replace('\\', '/')),
                $"The site could not be written: {ex.Message}", "The previous site is unchanged. Check the free disk space and the permissions of the output folder.")], DiagnosticKind.Output);
            return done(false, config.BasePath, null, null);
        }
    }

    /// <summary>
    /// Validate's last step: with no error, the programmes in site order and the index that resolves links between
    /// content files; null when there are errors (all reported, content links included). The programmes come back in
    /// an array of their own, which the next stages empty one by one: nothing else holds them.
    /// </summary>
    private static (Programme?[] Programmes, ContentLinkResolver Links)? Validate(SiteConfig config, BuildServices services, ImmutableDictionary<string, LoadedProgramme> loaded, OwnContent own, bool write, DiagnosticBag diagnostics)
    {
        if (write && OutputFolderGuard.Problem(config) is { } outputProblem)
        {
            diagnostics.AddRange([new Diagnostic(Severity.Error, SourcePosition.File(config.ConfigFile), outputProblem)], DiagnosticKind.Configuration);
        }

        var programmes = loaded.Values.Select(l => l.Programme).OfType<Programme>().ToList();

        // Links between content files are checked by the model stage as it renders each text (check runs it too),
        // so that each Markdown text is parsed once. When the build stops here, they are checked on their own, so
        // that every problem is still reported at once.
        if (diagnostics.HasErrors)
        {
            var checkedLinks = new ContentLinkValidator(config, services.Markdown, services.Urls, diagnostics).Validate(programmes, own);
            var unread = loaded.Where(l => l.Value.Programme is null).Select(l => l.Key).ToHashSet(StringComparer.Ordinal);

            // A page that could not be read links to nothing: the files of the pages' folder are not judged then either.
            var pagesFolder = Path.GetRelativePath(config.RootDirectory, Path.Combine(config.ContentDirectory, PageLoader.FolderName)).Replace('\\', '/') + "/";
            if (diagnostics.Sorted().Any(d => d.Severity == Severity.Error && d.Position.Path.StartsWith(pagesFolder, StringComparison.Ordinal)))
            {
                unread.Add(PageLoader.FolderName);
            }

            Attachments.UnusedContentFiles.Report(config, checkedLinks.Files.Keys.Concat(config.Identity.Files.Select(f => f.SitePath)), unread, LoadStage.FilesByFolder(loaded), diagnostics);
            return null;
        }

        var links = new ContentLinkResolver(config, loaded.Values.Select(l => l.Links).OfType<ProgrammeLinks>().Append(ContentLinkResolver.Index(config, own, services.Urls)));
        return (SiteModelBuilder.InSiteOrder(programmes).ToArray<Programme?>(), links);
    }

    /// <summary>
    /// Check links: every link of the output. After a rebuild that made some pages again and neither added nor removed a
    /// file nor changed a page's ids, only the pages made again are read: the others' links lead where they led.
    /// </summary>
    private static IReadOnlyList<BrokenLink> CheckLinks(SiteOutput output, SiteConfig config, PublishedOutput? before)
    {
        if (output is SiteOutput.InMemory memory && before is not null && SameTargets(memory, before))
        {
            var made = memory.Made.ToHashSet(StringComparer.Ordinal);
            return [.. before.BrokenLinks.Where(b => !made.Contains(b.File))
                .Concat(memory.Links.Check(config.BaseUrl, made.Where(memory.Links.Pages.ContainsKey)))
                .OrderBy(b => b.File, StringComparer.Ordinal).ThenBy(b => b.Line).ThenBy(b => b.Column).ThenBy(b => b.Target, StringComparer.Ordinal)];
        }

        return output.Links.Check(config.BaseUrl);
    }

    // The same files as before, and every file made again with the same ids as before (none when it is not a page).
    private static bool SameTargets(SiteOutput.InMemory memory, PublishedOutput before) =>
        memory.Links.FileCount == before.Files.Count
        && memory.Made.All(path => before.Files.ContainsKey(path) && SameIds(memory.Links.Pages.GetValueOrDefault(path), before.Pages.GetValueOrDefault(path)));

    private static bool SameIds(OutputLinkChecker.PageLinks? now, OutputLinkChecker.PageLinks? then) =>
        now is null ? then is null : then is not null && now.Ids.SetEquals(then.Ids);

    /// <summary>What a build to disk publishes: the programmes (emptied one by one as they are published), the site's own pages, the menus.</summary>
    private sealed record SiteContent(Programme?[] Programmes, OwnContent Own, Pages.SiteNavigation Navigation, ImmutableDictionary<string, ImmutableArray<string>> FolderFiles);

    // " (PDF, 245 kB)" after the PDF link's text, in the page's language.
    private static string PdfSizeText(BuildServices services, string language, string size) =>
        " (" + Rendering.MinimalHtmlEncoder.Instance.Encode(services.Languages[language].Strings.Format("print.pdfSize", ("size", size))) + ")";

    /// <summary>Reports each broken link of the output at its page's line and column.</summary>
    internal static void ReportBrokenLinks(IReadOnlyList<BrokenLink> broken, SiteConfig config, DiagnosticBag diagnostics)
    {
        // A programme's printable page holds the texts of its other pages: a broken link in one of them is reported at
        // the text's own page only, not once more at the printable page.
        var printPages = config.Languages.Select(l => $"/{l.Paths.Print}/index.html").ToList();
        bool OnPrintPage(BrokenLink link) => printPages.Any(p => link.File.EndsWith(p, StringComparison.Ordinal));
        var elsewhere = broken.Where(l => !OnPrintPage(l)).Select(l => (l.Target, l.Reason)).ToHashSet();
        broken = [.. broken.Where(l => !OnPrintPage(l) || !elsewhere.Contains((l.Target, l.Reason)))];
        diagnostics.AddRange(broken.Select(link => new Diagnostic(
            Severity.Error,
            new SourcePosition(Path.GetRelativePath(config.RootDirectory, Path.Combine(config.OutputDirectory, link.File)).Replace('\\', '/'), link.Line, link.Column),
            $"The link '{Ids.Shorten(link.Target)}' on this page leads nowhere: {link.Reason}.",
            "If the link is written in the content (a Markdown link or HTML), correct it there; otherwise the theme's markup is wrong.")), DiagnosticKind.Output);
    }
}
