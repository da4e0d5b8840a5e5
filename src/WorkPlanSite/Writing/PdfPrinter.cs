using System.Globalization;
using System.Net;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Writing;

/// <summary>A printable page to print to a PDF file.</summary>
/// <param name="Page">The page's file, relative to the output folder.</param>
/// <param name="Url">The page's site path.</param>
/// <param name="Pdf">The PDF's file, relative to the output folder, beside the page.</param>
/// <param name="Language">The page's language, for the size's number format.</param>
internal sealed record PrintJob(string Page, string Url, string Pdf, string Language);

/// <summary>
/// The programmes' printable pages as PDF files, printed by Chromium headless from the written site (served on the
/// loopback interface under the site's base path, so that its stylesheet loads as on the web): tagged PDF (Chromium's
/// default), an outline (bookmarks) made from the headings (<c>--generate-pdf-document-outline</c>), no header or footer
/// of Chromium's own (the page prints the programme's title on every sheet), the title and language of the page. Each
/// page's link to its PDF then gets the file's size.
/// </summary>
internal static class PdfPrinter
{
    /// <summary>Debian's Chromium.</summary>
    public const string DebianChromium = "/usr/bin/chromium";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Chromium, where it is found: the configured executable (<c>pdf.chromium</c>, or the command line's); else Debian's; else on the PATH.</summary>
    public static ExternalProgram? Find(PdfSettings settings)
    {
        if (settings.Chromium is { } configured)
        {
            return configured.Length > 0 && File.Exists(configured) ? new ExternalProgram(configured, []) : null;
        }

        var found = File.Exists(DebianChromium) ? DebianChromium : ExternalProgram.OnPath("chromium") ?? ExternalProgram.OnPath("chromium-browser") ?? ExternalProgram.OnPath("google-chrome");
        return found is null ? null : new ExternalProgram(found, []);
    }

    /// <summary>What to do without Chromium, for the message.</summary>
    public static string NotFound(PdfSettings settings) => (settings.Chromium is { Length: > 0 } configured
            ? $"Chromium is not at {configured} (pdf.chromium)"
            : "Chromium was not found (pdf.chromium, /usr/bin/chromium, the PATH)")
        + ": the PDF files cannot be printed.";

    /// <summary>The hint that goes with <see cref="NotFound"/>.</summary>
    public const string InstallHint = "Install Chromium (on Debian or Ubuntu: apt-get install chromium), or name its executable in \"pdf\": { \"chromium\": \"...\" }, or build without --pdf.";

    /// <summary>Prints every job; each PDF goes into the output (and its link check), each page gets its PDF's size.</summary>
    public static async Task PrintAsync(ExternalProgram chromium, StagingFolder staging, SiteOutput output, IReadOnlyList<PrintJob> jobs, SiteConfig config,
        Func<string, string, string> sizeText, DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        if (jobs.Count == 0)
        {
            return;
        }

        using var server = LoopbackSiteServer.Start(staging.Root, config.BasePath);
        var profiles = Directory.CreateTempSubdirectory("workplansite-chromium-");
        try
        {
            // Two at a time: Chromium spends most of a print waiting, and a site has a few programmes per language.
            using var slots = new SemaphoreSlim(2);
            await Task.WhenAll(jobs.Select(async (job, index) =>
            {
                await slots.WaitAsync(cancellation);
                try
                {
                    await PrintOneAsync(chromium, server, staging, output, job, Path.Combine(profiles.FullName, index.ToString(CultureInfo.InvariantCulture)), config, sizeText, diagnostics, cancellation);
                }
                finally
                {
                    slots.Release();
                }
            }));
        }
        finally
        {
            try
            {
                profiles.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A profile Chromium still holds is left to the system's temp cleaning.
            }
        }
    }

    private static async Task PrintOneAsync(ExternalProgram chromium, LoopbackSiteServer server, StagingFolder staging, SiteOutput output, PrintJob job, string profile,
        SiteConfig config, Func<string, string, string> sizeText, DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        var pdfPath = Path.Combine(profile + ".pdf");
        string[] arguments =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-extensions", "--no-pdf-header-footer", "--generate-pdf-document-outline",
            "--user-data-dir=" + profile, "--print-to-pdf=" + pdfPath, server.Origin + job.Url,
        ];
        var outcome = await chromium.RunAsync(arguments, staging.Root, Timeout, cancellation);
        if (outcome.TimedOut || !File.Exists(pdfPath) || new FileInfo(pdfPath).Length == 0)
        {
            var said = string.Join(' ', outcome.Output.Split('\n').Where(l => l.Contains("failed", StringComparison.OrdinalIgnoreCase)).Select(l => l.Trim()));
            var what = outcome.TimedOut ? "did not finish" : $"made no PDF (exit code {outcome.ExitCode}{(said.Length == 0 ? "" : ": " + said)})";
            diagnostics.AddRange([new Diagnostic(Severity.Error, SourcePosition.File(Path.GetRelativePath(config.RootDirectory, Path.Combine(config.OutputDirectory, job.Page)).Replace('\\', '/')),
                $"Chromium ({chromium.Path}) {what} printing this page.", "The previous site is unchanged. Check that Chromium starts (chromium --version), or build without PDF files.")], DiagnosticKind.Output);
            return;
        }

        var bytes = await File.ReadAllBytesAsync(pdfPath, cancellation);
        File.Delete(pdfPath);
        output.Add(new OutputFile(job.Pdf, bytes));

        // The page's link says how big the file is: known only now, written where the page left its marker.
        var pagePath = Path.Combine(staging.Root, job.Page);
        var html = await File.ReadAllTextAsync(pagePath, cancellation);
        await File.WriteAllTextAsync(pagePath, html.Replace(Pages.PdfLink.Marker, sizeText(job.Language, Size(bytes.Length, job.Language)), StringComparison.Ordinal), cancellation);
    }

    /// <summary>A file size as people read it, in the language's number format: "245 kB", "1,2 MB".</summary>
    internal static string Size(long bytes, string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        return bytes < 1000 * 1000
            ? $"{Math.Max(1, (bytes + 500) / 1000).ToString(culture)} kB"
            : $"{(bytes / 1_000_000.0).ToString("0.0", culture)} MB";
    }

    /// <summary>The written site served on 127.0.0.1 under its base path, for Chromium to print from.</summary>
    private sealed class LoopbackSiteServer : IDisposable
    {
        private readonly HttpListener _listener;
        private readonly string _root;
        private readonly string _basePath;

        private LoopbackSiteServer(HttpListener listener, string root, string basePath, string origin)
        {
            _listener = listener;
            _root = root;
            _basePath = basePath;
            Origin = origin;
            _ = Task.Run(ServeAsync);
        }

        /// <summary>The server's address without a slash at the end, to put before a site path: <c>http://127.0.0.1:port</c>.</summary>
        public string Origin { get; }

        public static LoopbackSiteServer Start(string root, string basePath)
        {
            // HttpListener takes no port 0: a free port is asked of the system first.
            for (var attempt = 0; ; attempt++)
            {
                var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
                probe.Start();
                var port = ((IPEndPoint)probe.LocalEndpoint).Port;
                probe.Stop();
                var listener = new HttpListener();
                listener.Prefixes.Add($"http://127.0.0.1:{port}/");
                try
                {
                    listener.Start();
                    return new LoopbackSiteServer(listener, root, basePath, $"http://127.0.0.1:{port}");
                }
                catch (HttpListenerException) when (attempt < 5)
                {
                    listener.Close();
                }
            }
        }

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                _ = Task.Run(() => Answer(context));
            }
        }

        private void Answer(HttpListenerContext context)
        {
            using var response = context.Response;
            var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
            var file = path.StartsWith(_basePath, StringComparison.Ordinal) ? path[_basePath.Length..] : null;
            if (file is not null && (file.Length == 0 || file.EndsWith('/')))
            {
                file += "index.html";
            }

            var full = file is null ? null : Path.GetFullPath(Path.Combine(_root, file));
            if (full is null || !full.StartsWith(Path.GetFullPath(_root), StringComparison.Ordinal) || !File.Exists(full))
            {
                response.StatusCode = 404;
                return;
            }

            response.ContentType = Path.GetExtension(full) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".svg" => "image/svg+xml",
                ".png" => "image/png",
                ".jpg" or ".jpeg" => "image/jpeg",
                ".woff2" => "font/woff2",
                _ => "application/octet-stream",
            };
            var bytes = File.ReadAllBytes(full);
            response.ContentLength64 = bytes.Length;
            try
            {
                response.OutputStream.Write(bytes);
            }
            catch (HttpListenerException)
            {
                // Chromium closed the connection: nothing to answer.
            }
        }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
        }
    }
}
