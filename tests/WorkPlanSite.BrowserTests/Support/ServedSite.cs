using Microsoft.Playwright;
using WorkPlanSite.Building;
using WorkPlanSite.Configuration;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.BrowserTests.Support;

/// <summary>
/// The example site built under the sub-path <c>/work-plans/</c> of a loopback server and served from it, with the
/// base URL of that server so that every link works in the browser; plus one Chromium shared by the tests.
/// The build day lies inside the CCRE programme, so that timelines show "today" and pages list upcoming key dates.
/// The site has its search (Pagefind from this project's node_modules).
/// </summary>
public sealed class ServedSite() : ServedSiteFixture(SubPath)
{
    public const string SubPath = "work-plans";

    public BuildResult Result { get; private set; } = null!;

    /// <summary>Every HTML file of the site, relative to the output folder with forward slashes, in ordinal order.</summary>
    public IReadOnlyList<string> HtmlFiles => Directory
        .EnumerateFiles(OutputDirectory, "*.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(OutputDirectory, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// The pages a visitor stays on, as site paths ("fr/", "en/programmes/x/"): every HTML file but the root
    /// <c>index.html</c>, which only sends the browser on to a language's home page.
    /// </summary>
    public IReadOnlyList<string> Pages => HtmlFiles
        .Where(f => f != "index.html")
        .Select(f => f.EndsWith("/index.html", StringComparison.Ordinal) ? f[..^"index.html".Length] : f)
        .ToList();

    /// <inheritdoc />
    protected override async Task BuildAsync()
    {
        // With the search index, as the published site has it: Pagefind from this project's node_modules.
        var options = new BuildOptions(RepositoryPaths.ExampleConfig, OutputDirectory, BaseUrl.ToString(), new DateOnly(2021, 6, 1), Pagefind: PagefindExecutable.Locate());
        Result = await new SiteBuilder().BuildAsync(options);
        if (!Result.Succeeded)
        {
            throw new InvalidOperationException("The example site did not build:\n" + string.Join('\n', Result.Diagnostics));
        }
    }

    /// <summary>A new browser context (fresh cookies, cache, viewport) for one test.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 800, string locale = "fr-FR", bool javaScript = true) =>
        NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            JavaScriptEnabled = javaScript,
        });
}

/// <summary>All browser tests share one built site, one server and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class ServedSiteCollection : ICollectionFixture<ServedSite>
{
    public const string Name = "Served example site";
}
