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
public sealed class ServedSite : IAsyncLifetime
{
    public const string SubPath = "work-plans";

    private readonly TempFolder _temp = new();
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private Lazy<Task<IBrowser>>? _browser;

    /// <summary>The site's base URL, such as <c>http://127.0.0.1:41234/work-plans/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The folder the site was built into.</summary>
    public string OutputDirectory => _temp.Combine("www", SubPath);

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

    public async Task InitializeAsync()
    {
        var www = _temp.Combine("www");
        Directory.CreateDirectory(www);
        _server = await StaticSiteServer.StartAsync(www);
        BaseUrl = new Uri(_server.Origin, SubPath + "/");

        // With the search index, as the published site has it: Pagefind from this project's node_modules.
        var options = new BuildOptions(RepositoryPaths.ExampleConfig, OutputDirectory, BaseUrl.ToString(), new DateOnly(2021, 6, 1), Pagefind: PagefindExecutable.Locate());
        Result = await new SiteBuilder().BuildAsync(options);
        if (!Result.Succeeded)
        {
            throw new InvalidOperationException("The example site did not build:\n" + string.Join('\n', Result.Diagnostics));
        }

        _browser = new Lazy<Task<IBrowser>>(LaunchAsync);
    }

    /// <summary>The URL of a site path such as "en/programmes/".</summary>
    public string Url(string sitePath) => new Uri(BaseUrl, sitePath).ToString();

    /// <summary>Chromium, launched at the first call; fails with the way to install it when it is missing.</summary>
    public Task<IBrowser> BrowserAsync() => _browser!.Value;

    /// <summary>A new browser context (fresh cookies, cache, viewport) for one test.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 800, string locale = "fr-FR", bool javaScript = true)
    {
        var browser = await BrowserAsync();
        return await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            JavaScriptEnabled = javaScript,
        });
    }

    private async Task<IBrowser> LaunchAsync()
    {
        var executable = ChromiumExecutable.Locate();
        // The driver Playwright needs ships in its NuGet package; nothing is downloaded.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        return await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ChromiumExecutable.Arguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is { IsValueCreated: true } && _browser.Value.IsCompletedSuccessfully)
        {
            await _browser.Value.Result.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _temp.Dispose();
    }
}

/// <summary>All browser tests share one built site, one server and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class ServedSiteCollection : ICollectionFixture<ServedSite>
{
    public const string Name = "Served example site";
}
