using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Loading;
using WorkPlanSite.Model;
using WorkPlanSite.Pages;
using WorkPlanSite.Rendering;
using WorkPlanSite.Urls;
using WorkPlanSite.Validation;
using WorkPlanSite.Writing;

namespace WorkPlanSite.Building;

/// <summary>
/// A build that stays loaded between rebuilds, for a preview server: it keeps the configuration, the services,
/// the renderers, every programme as loaded and as built, and a hash of every file it wrote. After some content
/// files change, <see cref="RebuildAsync"/> reloads only the programmes they belong to, validates the site,
/// re-renders only the pages of those programmes and the home pages (which list every programme), and writes
/// only the files whose bytes changed, each one atomically, straight into the output folder. Anything else
/// (the configuration, a theme, a new or removed file at the top of the content folder) means a full build.
/// </summary>
/// <remarks>Not thread-safe: one rebuild at a time (a preview server queues changes while a rebuild runs).</remarks>
public sealed class SiteSession : IAsyncDisposable
{
    private readonly BuildOptions _options;
    private State? _state;

    private SiteSession(BuildOptions options) => _options = options;

    /// <summary>Builds the whole site once and keeps what it loaded for the rebuilds that follow.</summary>
    public static async Task<(SiteSession Session, BuildResult Result)> StartAsync(BuildOptions options, CancellationToken cancellation = default)
    {
        var session = new SiteSession(options);
        var result = await session.FullBuildAsync(cancellation);
        return (session, result);
    }

    /// <summary>
    /// Brings the output folder up to date after <paramref name="changedFiles"/> (full paths; created, changed or
    /// deleted) changed. On errors nothing is written and the previous pages stay in place.
    /// </summary>
    public async Task<RebuildResult> RebuildAsync(IReadOnlyCollection<string> changedFiles, CancellationToken cancellation = default)
    {
        if (_state is not { } state || NeedsFullBuild(state, changedFiles) is not { } programmeFolders)
        {
            var full = await FullBuildAsync(cancellation);
            return new RebuildResult(full, IsFull: true, full.PagesPerLanguage.Values.Sum(), Written: [], Deleted: []);
        }

        return await IncrementalAsync(state, programmeFolders, cancellation);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_state is not null)
        {
            await _state.Renderer.DisposeAsync();
            _state = null;
        }
    }

    private async Task<BuildResult> FullBuildAsync(CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        if (_state is not null)
        {
            await _state.Renderer.DisposeAsync();
            _state = null;
        }

        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(_options, diagnostics);
        if (config is null || BuildServices.Create(config, diagnostics) is not { } services)
        {
            return Failed(diagnostics, clock);
        }

        // Messages are kept per programme, so that a rebuild replaces only the changed programmes' messages.
        var loadDiagnostics = new DiagnosticBag();
        var loaded = new ContentLoader(config, loadDiagnostics).Load();
        var loadMessages = loadDiagnostics.Sorted();
        var messagesOf = new Dictionary<string, IReadOnlyList<Diagnostic>>(StringComparer.Ordinal);
        var linksOf = loaded.ToDictionary(p => p.Id, p => ContentLinkResolver.Index(config, p, services.Urls), StringComparer.Ordinal);
        var links = new ContentLinkResolver(config, linksOf.Values);
        foreach (var programme in loaded)
        {
            var bag = new DiagnosticBag();
            bag.AddRange(loadMessages.Where(d => IsIn(config, programme.Id, d)));
            new SiteValidator(config, bag).ValidateProgramme(programme);
            messagesOf[programme.Id] = bag.Sorted();
        }

        var siteMessages = loadMessages.Where(d => !loaded.Any(p => IsIn(config, p.Id, d))).ToList();
        diagnostics.AddRange(siteMessages);
        new SiteValidator(config, diagnostics).ValidateAcrossProgrammes(loaded);
        if (OutputFolderGuard.Problem(config) is { } outputProblem)
        {
            diagnostics.Error(SourcePosition.File(config.ConfigFile), outputProblem);
        }

        // As a build does: the links between content files are checked by the model stage, in its one parse of each
        // text; when the build stops before it, they are checked on their own, so that every problem is reported.
        if (diagnostics.HasErrors || messagesOf.Values.Any(m => m.Any(d => d.Severity == Severity.Error)))
        {
            diagnostics.AddRange(messagesOf.Values.SelectMany(m => m));
            new ContentLinkValidator(config, services.Markdown, services.Urls, diagnostics).Validate(links, loaded);
            return Failed(diagnostics, clock);
        }

        var built = loaded.AsParallel().AsOrdered().Select(p => BuildProgramme(config, services, p, links, messagesOf)).ToList();
        diagnostics.AddRange(messagesOf.Values.SelectMany(m => m));
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, clock);
        }
        var model = new SiteModelBuilder(config, services.Markdown, services.Urls, new DiagnosticBag()).Assemble(built);
        var renderer = new RazorPageRenderer(services.RootComponent, Environment.ProcessorCount);
        var state = new State(config, services, renderer)
        {
            SiteMessages = siteMessages,
            LinksOf = linksOf,
        };
        var plan = new PagePlanner(model, services.Urls, services.Languages, state.Views).Plan();
        for (var i = 0; i < loaded.Length; i++)
        {
            state.Built[loaded[i].Id] = built[i];
            state.MessagesOf[loaded[i].Id] = messagesOf[loaded[i].Id];
        }

        // As a build does: pages go into a staging folder with their links collected, and the folder is swapped in
        // only when every link resolves, so a preview never shows what 'build' would refuse to publish.
        using (var staging = StagingFolder.Begin(config))
        {
            var outputLinks = new OutputLinkChecker.Collector();
            await renderer.RenderEachAsync(plan.Pages, (int index, ReadOnlySpan<char> html) =>
            {
                var path = services.Urls.OutputPath(plan.Pages[index].Url);
                var hash = Hash(html);
                lock (state.Written)
                {
                    state.Written[path] = hash;
                }

                outputLinks.AddPage(path, html);
                staging.WriteText(path, html);
            }, cancellation);
            foreach (var file in OtherFiles(plan, services))
            {
                state.Written[file.RelativePath] = Hash(file.Content.Span);
                outputLinks.Add(file);
                staging.Write(file);
            }

            SiteBuilder.ReportBrokenLinks(outputLinks.Check(config.BaseUrl), config, diagnostics);
            if (diagnostics.HasErrors)
            {
                await renderer.DisposeAsync();
                return Failed(diagnostics, clock);
            }

            staging.Commit();
        }

        Remember(state, plan);
        _state = state;
        return new BuildResult(true, diagnostics.Sorted(), PagesPerLanguage(plan.Pages), clock.Elapsed, config.OutputDirectory);
    }

    private async Task<RebuildResult> IncrementalAsync(State state, IReadOnlySet<string> programmeFolders, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var stages = new StageClock();
        var config = state.Config;
        var services = state.Services;

        // Load and validate only the changed programmes (and those a failed rebuild left pending); the
        // other programmes are kept as they were built, with their messages.
        var ids = programmeFolders.Select(Path.GetFileName).OfType<string>().Concat(state.Pending).ToHashSet(StringComparer.Ordinal);
        var reloaded = new Dictionary<string, (Programme? Programme, IReadOnlyList<Diagnostic> Messages)>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var folder = Path.Combine(config.ContentDirectory, id);
            var bag = new DiagnosticBag();
            var programme = Directory.Exists(folder) ? new ContentLoader(config, bag).LoadProgramme(folder) : null;
            if (programme is not null)
            {
                new SiteValidator(config, bag).ValidateProgramme(programme);
            }

            reloaded[id] = (programme, bag.Sorted());
        }

        var current = state.Built.Where(p => !ids.Contains(p.Key)).Select(p => p.Value)
            .Concat(reloaded.Values.Select(r => r.Programme).OfType<Programme>())
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();

        // The addresses of the unchanged programmes are those indexed before; only the reloaded ones are indexed again.
        var freshLinks = reloaded.Where(r => r.Value.Programme is not null)
            .ToDictionary(r => r.Key, r => ContentLinkResolver.Index(config, r.Value.Programme!, services.Urls), StringComparer.Ordinal);
        var links = new ContentLinkResolver(config, state.LinksOf.Where(p => !ids.Contains(p.Key)).Select(p => p.Value).Concat(freshLinks.Values));
        foreach (var id in ids)
        {
            if (reloaded[id].Programme is { } programme)
            {
                var bag = new DiagnosticBag();
                bag.AddRange(reloaded[id].Messages);
                new ContentLinkValidator(config, services.Markdown, services.Urls, bag).Validate(links, [programme]);
                reloaded[id] = (programme, bag.Sorted());
            }
        }

        stages.Lap("load+validate");
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(state.SiteMessages);
        new SiteValidator(config, diagnostics).ValidateAcrossProgrammes(current);
        diagnostics.AddRange(state.MessagesOf.Where(p => !ids.Contains(p.Key)).SelectMany(p => p.Value));
        diagnostics.AddRange(reloaded.Values.SelectMany(r => r.Messages));
        if (diagnostics.HasErrors)
        {
            // Nothing is written; the programmes stay pending, so that the next rebuild loads them again.
            state.Pending.UnionWith(ids);
            return new RebuildResult(Failed(diagnostics, clock), IsFull: false, 0, [], []);
        }

        // Model: reuse every unchanged programme as built before.
        state.Pending.Clear();
        foreach (var id in ids)
        {
            state.LinksOf.Remove(id);
            if (freshLinks.TryGetValue(id, out var programmeLinks))
            {
                state.LinksOf[id] = programmeLinks;
            }
        }
        var messagesOf = reloaded.ToDictionary(r => r.Key, r => r.Value.Messages, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            state.Built.Remove(id);
            state.MessagesOf.Remove(id);
            if (reloaded[id].Programme is { } programme)
            {
                state.Built[id] = BuildProgramme(config, services, programme, links, messagesOf);
                state.MessagesOf[id] = messagesOf[id];
            }
        }

        var model = new SiteModelBuilder(config, services.Markdown, services.Urls, new DiagnosticBag()).Assemble(state.Built.Values);

        stages.Lap("model");

        // Plan and render only the changed programmes' pages and the home pages; write only what changed.
        var plan = new PagePlanner(model, services.Urls, services.Languages, state.Views).PlanProgrammes(ids);
        stages.Lap("plan");
        var output = config.OutputDirectory;
        var rendered = new List<string>();
        var written = new List<string>();
        await state.Renderer.RenderEachAsync(plan.Pages, (index, html) =>
        {
            var path = services.Urls.OutputPath(plan.Pages[index].Url);
            lock (rendered)
            {
                rendered.Add(path);
            }

            if (WriteIfChanged(state, output, path, Encoding.UTF8.GetBytes(html)))
            {
                lock (written)
                {
                    written.Add(path);
                }
            }
        }, cancellation);

        stages.Lap("render+write");

        // Pages of the changed programmes that no longer exist (an item deleted, a slug changed) are removed.
        var previousPaths = ids.SelectMany(id => state.PagesOf.TryGetValue(id, out var pages) ? pages : []).Select(p => services.Urls.OutputPath(p.Url))
            .Concat(ids.SelectMany(id => state.CalendarsOf.TryGetValue(id, out var calendars) ? calendars : []))
            .ToHashSet(StringComparer.Ordinal);
        var previousEntries = SitemapEntries(ids.SelectMany(id => state.PagesOf.GetValueOrDefault(id) ?? []));
        foreach (var id in ids)
        {
            state.PagesOf.Remove(id);
            state.CalendarsOf.Remove(id);
        }

        Remember(state, plan);
        var allPages = AllPages(state, model);

        // The sitemap lists every page: write it again only when a changed programme's addresses changed.
        var sitemapChanged = previousEntries != SitemapEntries(ids.SelectMany(id => state.PagesOf.GetValueOrDefault(id) ?? []));
        var others = plan.Calendars.Select(c => OutputFile.Text(services.Urls.OutputPath(c.Url), c.Content));
        if (sitemapChanged)
        {
            others = others.Append(SitemapWriter.Sitemap(allPages, services.Urls));
        }

        foreach (var file in others)
        {
            rendered.Add(file.RelativePath);
            if (WriteIfChanged(state, output, file.RelativePath, file.Content.ToArray()))
            {
                written.Add(file.RelativePath);
            }
        }

        previousPaths.ExceptWith(rendered);
        foreach (var stale in previousPaths)
        {
            File.Delete(Path.Combine(output, stale));
            state.Written.Remove(stale);
        }

        stages.Lap("sitemap+calendars");
        var result = new BuildResult(true, diagnostics.Sorted(), PagesPerLanguage(allPages), clock.Elapsed, output) { Stages = stages.Stages };
        return new RebuildResult(result, IsFull: false, plan.Pages.Count, written.Order(StringComparer.Ordinal).ToList(), previousPaths.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>The programme folders to reload, or null when the change needs a full build.</summary>
    private static HashSet<string>? NeedsFullBuild(State state, IReadOnlyCollection<string> changedFiles)
    {
        var content = Path.TrimEndingDirectorySeparator(Path.GetFullPath(state.Config.ContentDirectory)) + Path.DirectorySeparatorChar;
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in changedFiles.Select(Path.GetFullPath))
        {
            if (!file.StartsWith(content, StringComparison.Ordinal))
            {
                return null;
            }

            var relative = file[content.Length..];
            var separator = relative.IndexOf(Path.DirectorySeparatorChar);
            if (separator <= 0)
            {
                // A file or folder at the top of the content folder: a programme appears or disappears.
                return null;
            }

            var folder = content + relative[..separator];
            if (!state.Built.ContainsKey(relative[..separator]) || !Directory.Exists(folder))
            {
                return null;
            }

            folders.Add(folder);
        }

        return folders;
    }

    /// <summary>Writes a file of the live site if its bytes changed, through a temporary file and a rename.</summary>
    private static bool WriteIfChanged(State state, string output, string relativePath, byte[] content)
    {
        var hash = Hash(content);
        lock (state.Written)
        {
            if (state.Written.TryGetValue(relativePath, out var previous) && previous == hash)
            {
                return false;
            }

            state.Written[relativePath] = hash;
        }

        var target = Path.GetFullPath(Path.Combine(output, relativePath));
        if (!target.StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(output)) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write '{relativePath}' outside the output folder.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + ".tmp-" + Environment.CurrentManagedThreadId;
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, target, overwrite: true);
        return true;
    }

    /// <summary>The model stage for one programme; what it reports (sanitized HTML) joins the programme's messages.</summary>
    private static Programme BuildProgramme(SiteConfig config, BuildServices services, Programme programme, ContentLinkResolver links, IDictionary<string, IReadOnlyList<Diagnostic>> messagesOf)
    {
        var bag = new DiagnosticBag();
        var built = new SiteModelBuilder(config, services.Markdown, services.Urls, bag).BuildProgramme(programme, links);
        if (bag.Count > 0)
        {
            lock (messagesOf)
            {
                messagesOf[programme.Id] = messagesOf[programme.Id].Concat(bag.Sorted()).ToList();
            }
        }

        return built;
    }

    /// <summary>The files beside the pages: calendars, theme assets, GitHub Pages files, sitemap, robots.txt.</summary>
    private static List<OutputFile> OtherFiles(SitePlan plan, BuildServices services)
    {
        var files = new List<OutputFile>(plan.Calendars.Count + 8);
        files.AddRange(plan.Calendars.Select(c => OutputFile.Text(services.Urls.OutputPath(c.Url), c.Content)));
        files.AddRange(SitePublisher.SiteFiles(plan.Pages.Select(SitemapWriter.Entry).OfType<SitemapEntry>(), services));
        return files;
    }

    /// <summary>Files every page and calendar under its programme, so that a rebuild can replace one programme's.</summary>
    private static void Remember(State state, SitePlan plan)
    {
        foreach (var page in plan.Pages)
        {
            if (ProgrammeOf(page) is { } id)
            {
                (state.PagesOf.TryGetValue(id, out var list) ? list : state.PagesOf[id] = []).Add(page);
                if (page is KeyDatesPage keyDates)
                {
                    (state.CalendarsOf.TryGetValue(id, out var calendars) ? calendars : state.CalendarsOf[id] = []).Add(state.Services.Urls.OutputPath(keyDates.Calendar.Url));
                }
            }
            else if (page is HomePage)
            {
                state.FixedPages.RemoveAll(p => p is HomePage && p.Context.Language == page.Context.Language);
                state.FixedPages.Add(page);
            }
            else
            {
                state.FixedPages.Add(page);
            }
        }
    }

    /// <summary>Every page in the order of a full build (root pages, then per language: home, "not found", programmes in order).</summary>
    private static List<PageModel> AllPages(State state, SiteModel model)
    {
        var pages = state.FixedPages.Where(p => p is RootPage).ToList();
        foreach (var language in state.Config.Languages.Select(l => l.Code))
        {
            pages.AddRange(state.FixedPages.Where(p => p is HomePage && p.Context.Language == language));
            pages.AddRange(state.FixedPages.Where(p => p is NotFoundPage && p.Context.Language == language));
            pages.AddRange(model.Programmes.SelectMany(p => state.PagesOf.GetValueOrDefault(p.Id) ?? []).Where(p => p.Context.Language == language));
        }

        return pages;
    }

    private static string SitemapEntries(IEnumerable<PageModel> pages) =>
        string.Join('\n', pages.Where(SitemapWriter.Lists).Select(p => $"{p.Url} {string.Join(' ', p.Head.Alternates.Select(a => $"{a.HrefLang}={a.Url}"))}"));

    private static string? ProgrammeOf(PageModel page) => page switch
    {
        ProgrammePage p => p.Programme.Id,
        ObjectivePage p => p.Programme.Id,
        ActivityPage p => p.Programme.Id,
        KeyDatesPage p => p.Programme.Id,
        TimelinePage p => p.Programme.Id,
        _ => null,
    };

    /// <summary>True when <paramref name="diagnostic"/> is about a file of the programme <paramref name="id"/>.</summary>
    private static bool IsIn(SiteConfig config, string id, Diagnostic diagnostic) =>
        diagnostic.Position.Path.StartsWith(
            Path.GetRelativePath(config.RootDirectory, Path.Combine(config.ContentDirectory, id)).Replace('\\', '/') + "/", StringComparison.Ordinal);

    private static ImmutableSortedDictionary<string, int> PagesPerLanguage(IEnumerable<PageModel> pages) =>
        pages.Where(p => p is not RootPage)
            .GroupBy(p => p.Context.Language)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static BuildResult Failed(DiagnosticBag diagnostics, Stopwatch clock) =>
        new(false, diagnostics.Sorted(), ImmutableSortedDictionary<string, int>.Empty, clock.Elapsed, null);

    private static UInt128 Hash(ReadOnlySpan<char> text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            return Hash(buffer.AsSpan(0, Encoding.UTF8.GetBytes(text, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static UInt128 Hash(ReadOnlySpan<byte> bytes)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(bytes, digest);
        return BitConverter.ToUInt128(digest);
    }

    /// <summary>What a session keeps between rebuilds.</summary>
    private sealed class State(SiteConfig config, BuildServices services, RazorPageRenderer renderer)
    {
        public SiteConfig Config { get; } = config;

        public BuildServices Services { get; } = services;

        public RazorPageRenderer Renderer { get; } = renderer;

        /// <summary>Programmes as built by the model stage, by id.</summary>
        public Dictionary<string, Programme> Built { get; } = new(StringComparer.Ordinal);

        /// <summary>Messages of each programme (loading and validating it), kept for the programmes that are not reloaded.</summary>
        public Dictionary<string, IReadOnlyList<Diagnostic>> MessagesOf { get; } = new(StringComparer.Ordinal);

        /// <summary>Messages about no programme in particular (files at the top of the content folder).</summary>
        public IReadOnlyList<Diagnostic> SiteMessages { get; init; } = [];

        /// <summary>Programmes whose changes a failed rebuild did not take in yet.</summary>
        public HashSet<string> Pending { get; } = new(StringComparer.Ordinal);

        /// <summary>Each programme's pages.</summary>
        public Dictionary<string, List<PageModel>> PagesOf { get; } = new(StringComparer.Ordinal);

        /// <summary>Each programme's calendar files (output paths).</summary>
        public Dictionary<string, List<string>> CalendarsOf { get; } = new(StringComparer.Ordinal);

        /// <summary>Pages of no programme: root, home and "not found" pages.</summary>
        public List<PageModel> FixedPages { get; } = [];

        /// <summary>Programme views by built programme and language.</summary>
        public ProgrammeViewCache Views { get; } = new();

        /// <summary>The addresses of each programme's pages, for links between content files.</summary>
        public Dictionary<string, ProgrammeLinks> LinksOf { get; init; } = new(StringComparer.Ordinal);

        /// <summary>SHA-256 (first 128 bits) of every file written, by output path.</summary>
        public Dictionary<string, UInt128> Written { get; } = new(StringComparer.Ordinal);
    }
}

/// <summary>The outcome of a rebuild.</summary>
/// <param name="Build">Diagnostics, pages per language, time.</param>
/// <param name="IsFull">True when the change needed a full build (configuration, theme, a programme added or removed).</param>
/// <param name="RenderedPages">Pages rendered again.</param>
/// <param name="Written">Files whose bytes changed and were written, relative to the output folder (empty after a full build, which writes everything).</param>
/// <param name="Deleted">Files removed because their page no longer exists (empty after a full build).</param>
public sealed record RebuildResult(BuildResult Build, bool IsFull, int RenderedPages, IReadOnlyList<string> Written, IReadOnlyList<string> Deleted);
