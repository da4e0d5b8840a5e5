using Microsoft.Playwright;
using WorkPlanSite.Building;
using WorkPlanSite.Configuration;
using WorkPlanSite.Scaffolding;

namespace WorkPlanSite.BrowserTests.Support;

/// <summary>
/// The site <c>init</c> writes, made and built on a fixed day under the sub-path <c>/my-site/</c> of a loopback server:
/// its sample programme records progress (every status, figures, milestones, indicators, notes, a late activity), which
/// the example site's three real programmes do not. It has its own Chromium, launched at the first call.
/// </summary>
public sealed class ServedSampleSite() : ServedSiteFixture(SubPath)
{
    public const string SubPath = "my-site";

    /// <summary>The day the sample is made and built on.</summary>
    public static readonly DateOnly Day = new(2026, 11, 21);

    /// <summary>The sample programme's progress page in a language, as a site path.</summary>
    public static string ProgressPage(string language) => language == "fr" ? "fr/programmes/sample/avancement/" : "en/programmes/sample/progress/";

    /// <summary>An activity page with every part of an activity's progress (status, figure, note, milestones, indicators).</summary>
    public static string ActivityPage(string language) => language == "fr" ? "fr/programmes/sample/activites/rencontres/" : "en/programmes/sample/activities/meetings/";

    /// <summary>The pages that show progress, in both languages: progress page, an activity, an objective, the timeline, the programme, its printable page.</summary>
    public static IReadOnlyList<string> ProgressPages { get; } =
    [
        .. new[] { "fr", "en" }.SelectMany(l => new[]
        {
            ProgressPage(l),
            ActivityPage(l),
            l == "fr" ? "fr/programmes/sample/activites/visites-echange/" : "en/programmes/sample/activities/exchange-visits/",
            l == "fr" ? "fr/programmes/sample/objectifs/cooperation/" : "en/programmes/sample/objectives/cooperation/",
            l == "fr" ? "fr/programmes/sample/calendrier/" : "en/programmes/sample/timeline/",
            $"{l}/programmes/sample/",
            l == "fr" ? "fr/programmes/sample/impression/" : "en/programmes/sample/print/",
        }),
    ];

    /// <inheritdoc />
    protected override async Task BuildAsync()
    {
        var root = TempPath("source");
        if (!SiteInitializer.Init(root, Day).Succeeded)
        {
            throw new InvalidOperationException("init did not make its site.");
        }

        var options = new BuildOptions(Path.Combine(root, "site.config.json"), OutputDirectory, BaseUrl.ToString(), Day);
        var result = await new SiteBuilder().BuildAsync(options);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The sample site did not build:\n" + string.Join('\n', result.Diagnostics));
        }
    }

    /// <summary>A new browser context (fresh cookies, cache, viewport) for one test.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 800) =>
        NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
}

/// <summary>The progress tests share one built sample site and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class ServedSampleSiteCollection : ICollectionFixture<ServedSampleSite>
{
    public const string Name = "Served init sample site";
}
