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
/// found"), the assets and the sitemap follow.
/// </summary>
public sealed class SitePublisher(BuildServices services, DiagnosticBag diagnostics)
{
    private readonly SiteModelBuilder _model = new(services.Config, services.Markdown, services.Urls, diagnostics);
    private readonly PagePlanner _planner = new(new SiteModel(services.Config, []), services.Urls, services.Languages);
    private readonly StepClock _clock = new("model", "plan", "render", "write");
    private const int Model = 0;
    private const int Planning = 1;
    private const int Render = 2;
    private const int Write = 3;

    /// <summary>The workers' time in each step so far (model, plan, render, write), summed over workers.</summary>
    public IReadOnlyList<StepTiming> Steps => _clock.Steps;

    /// <summary>
    /// Publishes <paramref name="programmes"/> (validated, in site order) into <paramref name="output"/>; each slot
    /// of the array is cleared once its programme is modelled, so that its source texts can be collected.
    /// </summary>
    /// <returns>The pages made per language.</returns>
    public async Task<ImmutableSortedDictionary<string, int>> PublishAsync(Programme?[] programmes, ContentLinkResolver links, SiteOutput output, CancellationToken cancellation)
    {
        var planned = new Published?[programmes.Length][];
        await using var renderer = new RazorPageRenderer(services.Templates, diagnostics, Environment.ProcessorCount);
        await renderer.ForEachAsync(programmes.Length, async (worker, index) =>
        {
            var plans = Plan(programmes, index, links);
            var start = StepClock.Now;
            foreach (var plan in plans.OfType<ProgrammePlan>())
            {
                foreach (var page in plan.Pages)
                {
                    var path = services.Urls.OutputPath(page.Url);
                    await worker.RenderAsync(page, html =>
                    {
                        var written = StepClock.Now;
                        output.AddPage(path, html);
                        _clock.Subtract(Render, _clock.Add(Write, written) - written);
                    });
                }

                output.Add(OutputFile.Text(services.Urls.OutputPath(plan.Calendar!.Url), plan.Calendar.Content));
            }

            _clock.Add(Render, start);
            planned[index] = Summarize(plans);
        }, cancellation);

        var sitePages = _planner.SitePages(language => CardsIn(planned, language));
        await renderer.RenderEachAsync(sitePages, (int index, ReadOnlySpan<char> html) => output.AddPage(services.Urls.OutputPath(sitePages[index].Url), html), cancellation);
        foreach (var file in SiteFiles(SitemapEntries(planned, sitePages), services))
        {
            output.Add(file);
        }

        return PagesPerLanguage(planned, sitePages);
    }

    /// <summary>The files of the site beside its pages: theme assets, GitHub Pages files, sitemap, robots.txt.</summary>
    internal static IEnumerable<OutputFile> SiteFiles(IEnumerable<SitemapEntry> sitemap, BuildServices services)
    {
        foreach (var asset in StaticFiles.Assets(services.Theme))
        {
            yield return asset;
        }

        foreach (var file in StaticFiles.GitHubPages(services.Config))
        {
            yield return file;
        }

        yield return SitemapWriter.Sitemap(sitemap, services.Urls);
        yield return SitemapWriter.Robots(services.Urls);
    }

    /// <summary>Models programme <paramref name="index"/>, lets go of its loaded form, and plans its pages in each language (null where it does not exist).</summary>
    private ProgrammePlan?[] Plan(Programme?[] programmes, int index, ContentLinkResolver links)
    {
        var start = StepClock.Now;
        var built = _model.BuildProgramme(programmes[index]!, links);
        programmes[index] = null;
        start = _clock.Add(Model, start);
        var plans = services.Config.Languages.Select(l => _planner.PlanProgramme(built, services.Languages[l.Code])).ToArray();
        _clock.Add(Planning, start);
        return plans;
    }

    /// <summary>What is kept of a programme's plans once its pages are written: cards, sitemap entries, page counts.</summary>
    private static Published?[] Summarize(ProgrammePlan?[] plans) =>
        plans.Select(p => p is null ? null : new Published(p.Card, p.Pages.Select(SitemapWriter.Entry).OfType<SitemapEntry>().ToImmutableArray(), p.Pages.Count)).ToArray();

    private ImmutableArray<ProgrammeCard> CardsIn(Published?[][] planned, string language)
    {
        var l = LanguageIndex(language);
        return planned.Select(p => p[l]?.Card).OfType<ProgrammeCard>().ToImmutableArray();
    }

    /// <summary>The sitemap in the order of the site: per language, its home page, then each programme's pages.</summary>
    private IEnumerable<SitemapEntry> SitemapEntries(Published?[][] planned, IReadOnlyList<PageModel> sitePages)
    {
        foreach (var language in services.Config.Languages)
        {
            var l = LanguageIndex(language.Code);
            foreach (var page in sitePages.Where(p => p is not RootPage && p.Context.Language == language.Code))
            {
                if (SitemapWriter.Entry(page) is { } entry)
                {
                    yield return entry;
                }
            }

            foreach (var entry in planned.SelectMany(p => p[l]?.SitemapEntries ?? []))
            {
                yield return entry;
            }
        }
    }

    private ImmutableSortedDictionary<string, int> PagesPerLanguage(Published?[][] planned, IReadOnlyList<PageModel> sitePages) =>
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

    /// <summary>What is kept of a programme in one language once its pages are written.</summary>
    private sealed record Published(ProgrammeCard Card, ImmutableArray<SitemapEntry> SitemapEntries, int PageCount);
}
