using System.Runtime.CompilerServices;
using WorkPlanSite.Building;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Loading;
using WorkPlanSite.Model;
using WorkPlanSite.Tests.Support;
using WorkPlanSite.Urls;
using WorkPlanSite.Writing;

namespace WorkPlanSite.Tests.Building;

/// <summary>
/// The publishing stage takes one programme at a time: it models, plans and renders it, then lets it go, so that
/// a build's memory does not grow with the site. Whatever order the workers finish in, the site is the same.
/// </summary>
public sealed class SitePublisherTests
{
    [Fact]
    public async Task Each_loaded_programme_is_let_go_once_its_pages_are_written()
    {
        using var site = ThreeProgrammes();
        var (services, programmes, links, loaded) = Load(site);
        var output = new SiteOutput.InMemory();

        var pages = await new SitePublisher(services, new DiagnosticBag()).PublishAsync(programmes, links, output, CancellationToken.None);

        Assert.All(programmes, Assert.Null);
        await CollectUntilDeadAsync(loaded);
        Assert.All(loaded, programme => Assert.False(programme.IsAlive, "a loaded programme is still held after publishing"));

        // Every programme's pages were written all the same, and counted per language.
        var files = output.Files.Keys.ToHashSet(StringComparer.Ordinal);
        Assert.Contains("fr/programmes/prog/index.html", files);
        Assert.Contains("en/programmes/other/index.html", files);
        Assert.Contains("en/programmes/prog/key-dates/index.html", files);
        Assert.Contains("en/programmes/third/timeline/index.html", files);
        Assert.Equal(files.Count(f => f.StartsWith("fr/", StringComparison.Ordinal) && f.EndsWith(".html", StringComparison.Ordinal)), pages["fr"]);
    }

    [Fact]
    public async Task Check_renders_every_page_as_build_does_so_a_link_to_a_missing_section_is_found_without_writing_anything()
    {
        using var site = ThreeProgrammes();
        site.Write("content/third/programme.en.md", "---\ntitle: Third\norganisation: Network\n---\n\nSee [its plan](../prog/activities/act.md#no-such-section).\n");

        var check = await site.CheckAsync();

        Assert.False(check.Succeeded);
        var error = Assert.Single(check.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("#no-such-section", error.Message, StringComparison.Ordinal);
        Assert.Contains("no element with id 'no-such-section'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("_site/en/programmes/third/", error.Position.Path, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));

        // The same error, at the same place, as the build that refuses to write the site.
        var build = await site.BuildAsync();
        Assert.Equal([error.ToString()], build.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task The_home_page_lists_every_programme_in_site_order_from_its_card()
    {
        using var site = ThreeProgrammes();
        Assert.True((await site.BuildAsync()).Succeeded);

        var home = site.Built.Page("en/index.html");
        var titles = home.QuerySelectorAll(".programme-card__title a").Select(a => a.TextContent).ToList();

        Assert.Equal(["Programme EN", "Other programme", "Third"], titles);
        Assert.Equal("/sub/en/programmes/other/timeline/", home.QuerySelectorAll(".programme-card")[1].QuerySelector(".programme-card__links a")!.GetAttribute("href"));
    }

    /// <summary>
    /// Collects until every reference is dead, or gives up after a few tries. The last worker's thread may still be
    /// unwinding the frames that rendered a programme (the build's continuation runs inline on it, the test's is
    /// posted to another thread): its stack holds the programme until it returns, so one collection can come too soon.
    /// </summary>
    private static async Task CollectUntilDeadAsync(IReadOnlyList<WeakReference> references)
    {
        for (var attempt = 0; attempt < 50 && references.Any(r => r.IsAlive); attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            if (references.Any(r => r.IsAlive))
            {
                await Task.Delay(20);
            }
        }
    }

    /// <summary>Loads and validates <paramref name="site"/> as a build does, keeping only weak references to what was loaded.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (BuildServices Services, Programme?[] Programmes, ContentLinkResolver Links, List<WeakReference> Loaded) Load(TinySite site)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(site.Options, diagnostics)!;
        var services = BuildServices.Create(config, diagnostics)!;
        var loaded = new ContentLoader(config, diagnostics).Load();
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        var programmes = SiteModelBuilder.InSiteOrder(loaded).ToArray<Programme?>();
        return (services, programmes, new ContentLinkResolver(config, loaded, services.Urls), loaded.Select(p => new WeakReference(p)).ToList());
    }

    private static TinySite ThreeProgrammes()
    {
        var site = new TinySite();
        site.AddProgramme("other", 2, "2014", "Autre programme", "Other programme");
        site.AddProgramme("third", 3, "2015", "Troisième", "Third");
        return site;
    }
}
