namespace WorkPlanSite.BrowserTests.Support;

/// <summary>
/// Debian's Chromium, the only browser these tests use: Playwright's own browser download is never run.
/// Missing Chromium is a test failure with the way to fix it, never a silent skip.
/// </summary>
internal static class ChromiumExecutable
{
    public const string EnvironmentVariable = "WORKPLANSITE_CHROMIUM";

    public const string DebianPath = "/usr/bin/chromium";

    /// <summary>
    /// Switches for a machine without outside network: without the background-networking ones Chromium's own
    /// connections are refused and slow every start. Playwright adds --headless and a fresh --user-data-dir itself.
    /// </summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    public static string Locate() => Locate(Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>The configured executable, or Debian's when none is configured; fails when it is not there.</summary>
    public static string Locate(string? configured)
    {
        var path = string.IsNullOrWhiteSpace(configured) ? DebianPath : configured;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {path}: install Debian's chromium package (apt-get install chromium) " +
                $"or set {EnvironmentVariable} to a Chromium executable. The browser tests never download a browser.");
        }

        return path;
    }
}
