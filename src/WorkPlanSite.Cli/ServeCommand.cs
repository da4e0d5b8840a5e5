using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using WorkPlanSite.Building;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Serving;

namespace WorkPlanSite.Cli;

/// <summary><c>workplansite serve</c>: a live preview that rebuilds and reloads the open pages as files change.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var port = new Option<int>("--port", "-p")
        {
            Description = "The port to serve on, on 127.0.0.1 only (0 picks a free one).",
            DefaultValueFactory = _ => 8080,
        };
        var command = new Command("serve", """
            Builds the site and serves it on http://127.0.0.1:PORT/ under the configured base path. Every change to
            content/, themes/ or site.config.json rebuilds the site and reloads the open pages; a mistake is shown
            in the terminal and on the page while the last good version stays served. Nothing is written to _site/.
            Ctrl+C stops it.

            Example:
              workplansite serve --port 8080
            """);
        common.AddTo(command);
        command.Options.Add(port);
        command.SetAction(async (parse, cancellation) =>
        {
            if (common.Read(parse, null) is not { } options)
            {
                return ExitCodes.Usage;
            }

            var diagnostics = new DiagnosticBag();
            if (SiteConfigLoader.Load(options, diagnostics) is not { } config)
            {
                DiagnosticPrinter.Print(diagnostics.Sorted());
                return ExitCodes.Usage;
            }

            var portNumber = parse.GetValue(port);
            if (portNumber is < 0 or > 65535)
            {
                Console.Error.WriteLine($"--port: {portNumber} is not a port number (0 to 65535).");
                return ExitCodes.Usage;
            }

            PreviewServer server;
            try
            {
                server = await PreviewServer.StartAsync(portNumber, cancellation);
            }
            catch (IOException ex)
            {
                Console.Error.WriteLine($"Cannot serve on port {portNumber}: {ex.Message} Choose another with --port, or --port 0 for any free port.");
                return ExitCodes.Usage;
            }

            await using (server)
            {
                var rebuilder = new PreviewRebuilder(options);
                var reporter = new TerminalReporter(parse.GetValue(common.Verbose), config.RootDirectory);
                var session = new PreviewSession(rebuilder, server, reporter);
                Console.WriteLine("Building the site…");
                await session.RebuildAsync([], cancellation);
                using var watcher = new SourceWatcher(config, TimeSpan.FromMilliseconds(200));
                var address = new Uri(server.Origin, server.State.Built ? server.State.Site.BasePath : config.BasePath);
                Console.WriteLine($"Serving {address} (watching {Display(config.RootDirectory, config.ContentDirectory)}/, themes/, i18n/ and {config.ConfigFile}). Press Ctrl+C to stop.");
                await session.WatchAsync(watcher, cancellation);
            }

            Console.WriteLine("Stopped.");
            return ExitCodes.Success;
        });
        return command;
    }

    // From the site's folder, as the diagnostics' paths are (the command may run in a folder inside it).
    private static string Display(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <summary>One line per rebuild, with the time of day; the diagnostics of a failed one.</summary>
    private sealed class TerminalReporter(bool verbose, string root) : IPreviewReporter
    {
        public void Built(BuildResult result, ImmutableArray<string> changedPages, IReadOnlyCollection<string> changedFiles)
        {
            DiagnosticPrinter.Print(result.Diagnostics);
            // How many files the rebuild made again (the others were kept), and how many of those came out different.
            var pages = changedFiles.Count == 0 ? "" : $": {result.FilesMade} made again, {(changedPages.Length == 1 ? "1 file" : $"{changedPages.Length} files")} changed";
            Console.WriteLine($"{Now()} {BuildReport.Summary(result, null)[..^1]}{Cause(changedFiles)}{pages}.");
            if (verbose)
            {
                BuildReport.PrintStages(result);
                foreach (var page in changedPages)
                {
                    Console.Error.WriteLine($"  changed {page}");
                }
            }
        }

        public void Failed(BuildResult result, IReadOnlyCollection<string> changedFiles)
        {
            DiagnosticPrinter.Print(result.Diagnostics);
            Console.Error.WriteLine($"{Now()} The build failed with {Counted.Of(result.ErrorCount, "error")}{Cause(changedFiles)}; the last good site is still served, with the errors on every page.");
        }

        private string Cause(IReadOnlyCollection<string> files) => files.Count switch
        {
            0 => "",
            1 => $" after a change to {Display(root, files.First())}",
            _ => $" after changes to {files.Count} files",
        };

        private static string Now() => DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
    }
}
