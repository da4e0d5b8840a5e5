using System.Collections.Concurrent;
using System.Collections.Immutable;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;
using WorkPlanSite.Pages;
using WorkPlanSite.Rendering;
using WorkPlanSite.Urls;
using WorkPlanSite.Writing;

namespace WorkPlanSite.Building;

/// <summary>
/// The Model, Plan, Render and Write stages of a build, one programme at a time: each worker takes a programme, renders
/// its Markdown, plans its pages in every language, renders them into the output and forgets them before it takes
/// the next. Only small things stay until the end: a card per programme for the home pages, the sitemap's entries
/// and the output's links. So memory holds the loaded content and a few programmes in flight, never the site,
/// and the cores are kept busy from the first programme to the last. The site's own pages (root, home, "not
/// found"), the site's own pages ("About us", contact…), the assets and the sitemap follow.
/// </summary>
/// <param name="services">The build's services.</param>
/// <param name="diagnostics">Where the content's problems found while modelling are reported.</param>
/// <param name="navigation">The site's menus, shown on every page; none when null.</param>
/// <param name="features">What the build adds to the written site, which the pages link to.</param>
internal sealed class SitePublisher(BuildServices services, DiagnosticBag diagnostics, SiteNavigation? navigation = null, SiteFeatures? features = null)
{
    private readonly SiteModelBuilder _model = new(services.Config, services.Markdown, services.Urls, diagnostics);
    private readonly PagePlanner _planner = new(services.Config, services.Urls, services.Languages, navigation, features);
    private readonly ConcurrentBag<PrintJob> _printJobs = [];
    private readonly StepClock _clock = new("model", "plan", "render", "write");
    private const int Model = 0;
    private const int Planning = 1;
    private const int Render = 2;
    private const int Write = 3;

    /// <summary>The files that are not texts in each programme folder, by folder name, as Load found them; a folder not listed is walked.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<string>> FolderFiles { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>The printable pages that link to a PDF file, in the order of their files, for the PDF step.</summary>
    public IReadOnlyList<PrintJob> PrintJobs => [.. _printJobs.OrderBy(j => j.Page, StringComparer.Ordinal)];

    /// <summary>The workers' time in each step so far (model, plan, render, write), summed over workers.</summary>
    public IReadOnlyList<StepTiming> Steps => _clock.Steps;

    /// <summary>
    /// Publishes <paramref name="programmes"/> (validated, in site order) into <paramref name="output"/>; each slot
    /// of the array is cleared once its programme is modelled, so that its source texts can be collected.
    /// </summary>
    /// <returns>The pages made per language.</returns>
    public async Task<ImmutableSortedDictionary<string, int>> PublishAsync(Programme?[] programmes, ContentLinkResolver links, SiteOutput output, CancellationToken cancellation) =>
        (await PublishAsync(programmes, OwnContent.None, links, output, null, cancellation)).PagesPerLanguage;

    /// <summary>
    /// Publishes the programmes as above and, for an output in memory, says what it published of each, so that the
    /// next build can keep it. Handed what a previous build published (<paramref name="previous"/>), a programme
    /// that is the same loaded programme and whose links into other programmes still lead where they led is not
    /// modelled, planned or rendered again: its files, their links and its diagnostics are kept as they were. The site's
    /// own pages (<paramref name="own"/>) are modelled, planned and rendered with the home pages, by every build.
    /// </summary>
    internal async Task<Publication> PublishAsync(Programme?[] programmes, OwnContent own, ContentLinkResolver links, SiteOutput output, PreviousPublication? previous, CancellationToken cancellation)
    {
        var memory = output as SiteOutput.InMemory;
        var published = new PublishedProgramme?[programmes.Length];
        var summaries = new ProgrammeSummary?[programmes.Length][];
        await using var renderer = new RazorPageRenderer(services.Templates, diagnostics, Environment.ProcessorCount);

        // A build from nothing renders each programme's pages on the worker that planned it, and forgets them. A rebuild
        // makes again a programme or two: their pages are rendered after planning, on every worker at once.
        var deferred = previous is null ? null : new ConcurrentQueue<(PageModel Page, string Path)>();
        await renderer.ForEachAsync(programmes.Length, async (worker, index) =>
        {
            var programme = programmes[index]!;
            if (memory is not null && previous?.Reusable(programme, links) is { } kept)
            {
                programmes[index] = null;
                diagnostics.AddRange(kept.Diagnostics);
                published[index] = kept;
                summaries[index] = [.. kept.Summary];
                return;
            }

            // Recorded for the next build only when the output is kept in memory; a build to disk keeps nothing.
            var own = memory is null ? diagnostics : new DiagnosticBag();
            var resolver = memory is null ? links : links.RecordingFor(programme.Id);
            var plans = Plan(programmes, index, resolver, own);
            var files = new List<string>();
            var start = StepClock.Now;
            foreach (var plan in plans.OfType<ProgrammePlan>())
            {
                foreach (var page in plan.Pages)
                {
                    var path = services.Urls.OutputPath(page.Url);
                    files.Add(path);
                    if (page is PrintPage { Pdf: { } pdf })
                    {
                        _printJobs.Add(new PrintJob(path, page.Url, services.Urls.OutputPath(pdf.Url), page.Context.Language));
                    }

                    if (deferred is not null)
                    {
                        deferred.Enqueue((page, path));
                        continue;
                    }

                    await worker.RenderAsync(page, html =>
                    {
                        var written = StepClock.Now;
                        output.AddPage(path, html);
                        _clock.Subtract(Render, _clock.Add(Write, written) - written);
                    });
                }

                if (plan.Calendar is { } calendar)
                {
                    var calendarPath = services.Urls.OutputPath(calendar.Url);
                    files.Add(calendarPath);
                    output.Add(OutputFile.Text(calendarPath, calendar.Content));
                }

                foreach (var data in plan.DataFiles)
                {
                    var path = services.Urls.OutputPath(data.Url);
                    files.Add(path);
                    output.Add(OutputFile.Text(path, data.Content));
                }
            }

            _clock.Add(Render, start);
            summaries[index] = Summarize(plans);
            if (memory is not null)
            {
                // The files its texts link to are copied once for the whole site, at the end; a rebuild that keeps this
                // programme keeps them with its pages.
                var linked = resolver.OwnFiles.DistinctBy(f => f.ContentPath).ToList();
                files.AddRange(linked.Select(f => f.OutputPath));
                var reported = own.Sorted().ToImmutableArray();
                diagnostics.AddRange(reported);
                published[index] = new PublishedProgramme(programme, reported, [.. resolver.Lookups], [.. summaries[index]], [.. files], [.. linked.Select(f => f.ContentPath)], [.. linked.Select(f => f.OutputPath)]);
            }
        }, cancellation);

        var sitePages = _planner.SitePages(language => CardsIn(summaries, language), _model.BuildOwnContent(own, links));
        List<(PageModel Page, string Path)> pages = [.. deferred ?? [], .. sitePages.Select(p => (p, services.Urls.OutputPath(p.Url)))];
        await renderer.RenderEachAsync(pages.ConvertAll(p => p.Page), (int index, ReadOnlySpan<char> html) => output.AddPage(pages[index].Path, html), cancellation);
        ImmutableArray<string> sitemap = [.. SitemapParts(summaries, sitePages)];
        foreach (var file in SiteFiles(services))
        {
            output.Add(file);
        }

        // What a rebuild keeps: the files of the programmes it did not make again, and the sitemap, which holds every
        // page of the site, when no part of it changed. It forgets the rest of the previous site; what it made again stays.
        var keepSitemap = memory is not null && previous is not null && previous.Output.SitemapParts.SequenceEqual(sitemap);
        var reused = memory is not null && previous is not null
            ? published.OfType<PublishedProgramme>().Where(p => ReferenceEquals(p, previous.Programmes.GetValueOrDefault(p.Source.Id))).ToList()
            : [];
        if (memory is not null && previous is not null)
        {
            memory.Forget(NotKept(previous, reused, keepSitemap));
        }

        if (!keepSitemap)
        {
            output.Add(SitemapWriter.Sitemap(sitemap));
        }

        PublishContentFiles(links, published, output);

        var siteFiles = memory is null ? [] : SiteFilesOf(memory, published, reused, keepSitemap);
        return new Publication(PagesPerLanguage(summaries, sitePages), memory is null ? [] : [.. published.OfType<PublishedProgramme>()], sitemap) { SiteFiles = siteFiles };
    }

    /// <summary>
    /// The files of the previous site that a rebuild does not keep: those of the programmes it did not keep (made again,
    /// or gone), and every file that belongs to no programme (made again by every build), but never a file that a
    /// kept programme links to, nor the sitemap when it is kept.
    /// </summary>
    private static List<string> NotKept(PreviousPublication previous, IReadOnlyList<PublishedProgramme> reused, bool keepSitemap)
    {
        var kept = new HashSet<PublishedProgramme>(reused, ReferenceEqualityComparer.Instance);
        var stillLinked = reused.SelectMany(p => p.Copies).ToHashSet(StringComparer.Ordinal);
        // Every programme of the build that made the previous files, those changed since included (not only the ones
        // still loaded as they were): a failed build in between keeps the last good site, and what made it.
        return [.. previous.Output.Programmes.Where(p => !kept.Contains(p)).SelectMany(p => p.Files)
            .Concat(previous.Output.SiteFiles)
            .Where(path => !stillLinked.Contains(path) && !(keepSitemap && path == SitemapWriter.FileName))];
    }

    /// <summary>The files of this build that belong to no programme, so that the next rebuild can forget them all.</summary>
    private static ImmutableArray<string> SiteFilesOf(SiteOutput.InMemory memory, PublishedProgramme?[] published, IReadOnlyList<PublishedProgramme> reused, bool keepSitemap)
    {
        var kept = new HashSet<PublishedProgramme>(reused, ReferenceEqualityComparer.Instance);
        var owned = published.OfType<PublishedProgramme>().Where(p => !kept.Contains(p)).SelectMany(p => p.Files)
            .Concat(reused.SelectMany(p => p.Copies)).ToHashSet(StringComparer.Ordinal);
        return [.. memory.Made.Where(path => !owned.Contains(path)).Append(keepSitemap ? SitemapWriter.FileName : null).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Copies every file next to the content that a text rendered by this build links to, once (whatever renders
    /// Markdown through <paramref name="links"/> gets its files published), and reports the files of the content
    /// folder that nothing links to, which are not published. A rebuild keeps the copies of the programmes it keeps.
    /// </summary>
    private void PublishContentFiles(ContentLinkResolver links, PublishedProgramme?[] published, SiteOutput output)
    {
        var config = services.Config;
        foreach (var file in links.Files.Values.OrderBy(f => f.OutputPath, StringComparer.Ordinal))
        {
            output.AddCopy(file.OutputPath, Path.Combine(config.RootDirectory, file.ContentPath));
        }

        // The identity's files (logo, favicon, shared image), made again by every build as the site's own pages are.
        foreach (var file in config.Identity.Files)
        {
            output.AddCopy(services.Urls.OutputPath(services.Urls.IdentityFile(file.SitePath)), file.FullPath);
        }

        var used = links.Files.Keys.Concat(published.OfType<PublishedProgramme>().SelectMany(p => p.ContentFiles)).Concat(config.Identity.Files.Select(f => f.SitePath));
        Attachments.UnusedContentFiles.Report(config, used, ImmutableHashSet<string>.Empty, FolderFiles, diagnostics);
    }

    /// <summary>The files of the site beside its pages and its sitemap: theme assets, GitHub Pages files, robots.txt.</summary>
    internal static IEnumerable<OutputFile> SiteFiles(BuildServices services)
    {
        foreach (var asset in StaticFiles.Assets(services.Theme))
        {
            yield return asset;
        }

        foreach (var file in StaticFiles.GitHubPages(services.Config))
        {
            yield return file;
        }

        yield return SitemapWriter.Robots(services.Urls);
    }

    /// <summary>Models programme <paramref name="index"/>, lets go of its loaded form, and plans its pages in each language (null where it does not exist).</summary>
    private ProgrammePlan?[] Plan(Programme?[] programmes, int index, ContentLinkResolver links, DiagnosticBag reported)
    {
        var start = StepClock.Now;
        var model = ReferenceEquals(reported, diagnostics) ? _model : new SiteModelBuilder(services.Config, services.Markdown, services.Urls, reported);
        var built = model.BuildProgramme(programmes[index]!, links);
        programmes[index] = null;
        start = _clock.Add(Model, start);
        var plans = services.Config.Languages.Select(l => _planner.PlanProgramme(built, services.Languages[l.Code])).ToArray();
        _clock.Add(Planning, start);
        return plans;
    }

    /// <summary>What is kept of a programme's plans once its pages are written: cards, sitemap entries, page counts.</summary>
    private ProgrammeSummary?[] Summarize(ProgrammePlan?[] plans) =>
        plans.Select(p => p is null ? null : new ProgrammeSummary(p.Card, SitemapWriter.Part(p.Pages.Select(SitemapWriter.Entry).OfType<SitemapEntry>(), services.Urls), p.Pages.Count)).ToArray();

    private ImmutableArray<ProgrammeCard> CardsIn(ProgrammeSummary?[][] planned, string language)
    {
        var l = LanguageIndex(language);
        return planned.Select(p => p[l]?.Card).OfType<ProgrammeCard>().ToImmutableArray();
    }

    /// <summary>The sitemap's parts in the order of the site: per language, its home page, then each programme's pages.</summary>
    private IEnumerable<string> SitemapParts(ProgrammeSummary?[][] planned, IReadOnlyList<PageModel> sitePages)
    {
        foreach (var language in services.Config.Languages)
        {
            var l = LanguageIndex(language.Code);
            yield return SitemapWriter.Part(sitePages.Where(p => p is not RootPage && p.Context.Language == language.Code).Select(SitemapWriter.Entry).OfType<SitemapEntry>(), services.Urls);
            foreach (var summary in planned)
            {
                if (summary[l] is { } part)
                {
                    yield return part.Sitemap;
                }
            }
        }
    }

    private ImmutableSortedDictionary<string, int> PagesPerLanguage(ProgrammeSummary?[][] planned, IReadOnlyList<PageModel> sitePages) =>
        services.Config.Languages.ToImmutableSortedDictionary(
            l => l.Code,
            l => planned.Sum(p => p[LanguageIndex(l.Code)]?.PageCount ?? 0) + sitePages.Count(p => p is not RootPage && p.Context.Language == l.Code),
            StringComparer.Ordinal);

    private int LanguageIndex(string code)
    {
        var languages = services.Config.Languages;
        for (var i = 0; i < languages.Length; i++)
        {
            if (languages[i].Code == code)
            {
                return i;
            }
        }

        throw new ArgumentException($"'{code}' is not a language of the site.", nameof(code));
    }
}

/// <summary>What the publishing stage did: the pages per language and, for an output in memory, each programme as published.</summary>
/// <param name="PagesPerLanguage">The pages made per language.</param>
/// <param name="Programmes">Each programme as published (for an output in memory; empty otherwise).</param>
/// <param name="SitemapParts">The parts the sitemap was made of, in order.</param>
internal sealed record Publication(ImmutableSortedDictionary<string, int> PagesPerLanguage, ImmutableArray<PublishedProgramme> Programmes, ImmutableArray<string> SitemapParts)
{
    /// <summary>For an output in memory: the files that belong to no programme (<see cref="PublishedOutput.SiteFiles"/>).</summary>
    public ImmutableArray<string> SiteFiles { get; init; } = [];
}

/// <summary>What a previous build published, for a rebuild that keeps what did not change.</summary>
/// <param name="Programmes">Each programme as published, by id.</param>
/// <param name="Output">The previous build's output.</param>
/// <param name="ChangedFolders">The content folders whose files changed since.</param>
internal sealed record PreviousPublication(IReadOnlyDictionary<string, PublishedProgramme> Programmes, PublishedOutput Output, ImmutableHashSet<string> ChangedFolders)
{
    /// <summary>
    /// What was published of <paramref name="programme"/>, when it can be kept: it was made from this very loaded
    /// programme, and each of its links into a changed folder still leads where it led (a link to a file next to the
    /// content of a changed folder never does: the file itself may have changed, and its copy is made again).
    /// </summary>
    public PublishedProgramme? Reusable(Programme programme, ContentLinkResolver links) =>
        Programmes.GetValueOrDefault(programme.Id) is { } kept
        && ReferenceEquals(kept.Source, programme)
        && kept.Lookups.All(l => !ChangedFolders.Contains(l.TargetFolder) || (l.Result.File is null && links.Resolve(l.Url, l.FromFile, l.Language) == l.Result))
            ? kept
            : null;
}
