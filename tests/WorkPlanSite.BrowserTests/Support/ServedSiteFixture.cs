using Microsoft.Playwright;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.BrowserTests.Support;

/// <summary>
/// A site built into a temporary folder under a sub-path of a loopback server and served from it, with the base URL of
/// that server so that every link works in the browser, and one Chromium for the tests that share it, launched at the
/// first call. What the site is and how it is built is the subclass's.
/// </summary>
/// <param name="subPath">The sub-path the site is served under, as on GitHub Pages (<c>/&lt;repo&gt;/</c>).</param>
public abstract class ServedSiteFixture(string subPath) : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private Lazy<Task<IBrowser>>? _browser;

    /// <summary>The site's base URL, such as <c>http://127.0.0.1:41234/work-plans/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The folder the site is built into.</summary>
    public string OutputDirectory => _temp.Combine("www", subPath);

    /// <summary>A path in the fixture's temporary folder, for whatever the build needs beside the served folder.</summary>
    protected string TempPath(string name) => _temp.Combine(name);

    public async Task InitializeAsync()
    {
        var www = _temp.Combine("www");
        Directory.CreateDirectory(www);
        _server = await StaticSiteServer.StartAsync(www);
        BaseUrl = new Uri(_server.Origin, subPath + "/");
        await BuildAsync();
        _browser = new Lazy<Task<IBrowser>>(LaunchAsync);
    }

    /// <summary>Builds the site into <see cref="OutputDirectory"/> for <see cref="BaseUrl"/>; throws, saying why, when it does not build.</summary>
    protected abstract Task BuildAsync();

    /// <summary>The URL of a site path such as "en/programmes/".</summary>
    public string Url(string sitePath) => new Uri(BaseUrl, sitePath).ToString();

    /// <summary>Chromium, launched at the first call; fails with the way to install it when it is missing.</summary>
    public Task<IBrowser> BrowserAsync() => _browser!.Value;

    /// <summary>A new browser context (fresh cookies, cache) with <paramref name="options"/>, for one test.</summary>
    protected async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options) => await (await BrowserAsync()).NewContextAsync(options);

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
