using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Writing;

/// <summary>
/// The site's search index, made by Pagefind (the npm package <c>pagefind</c>, 1.x) on the written site: one index per
/// page language, read from each page's <c>&lt;html lang&gt;</c>, so that French pages are searched with French
/// stemming. Only the pages whose <c>main</c> carries <c>data-pagefind-body</c> are indexed (programmes, objectives,
/// activities, key dates), with their kind and programme as metadata. Pagefind writes its index and its scripts into
/// <c>pagefind/</c> at the site's root.
/// </summary>
internal static class SearchIndexer
{
    /// <summary>How long Pagefind may take: it indexes thousands of pages in seconds.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Pagefind, where it is found: the configured executable (<c>search.pagefind</c>, or the command line's); else
    /// <c>pagefind</c> on the PATH; else the copy an npm install put in a <c>node_modules</c> folder of the site's folder
    /// or above it (what <c>npx pagefind</c> runs), run with Node.js from the PATH. Null when none is there.
    /// </summary>
    public static ExternalProgram? Find(SearchSettings settings, string siteRoot)
    {
        if (settings.Pagefind is { } configured)
        {
            return configured.Length > 0 && File.Exists(configured) ? new ExternalProgram(configured, []) : null;
        }

        if ((ExternalProgram.OnPath("pagefind") ?? ExternalProgram.OnPath("pagefind_extended")) is { } onPath)
        {
            return new ExternalProgram(onPath, []);
        }

        for (var folder = new DirectoryInfo(siteRoot); folder is not null; folder = folder.Parent)
        {
            var script = Path.Combine(folder.FullName, "node_modules", "pagefind", "lib", "runner", "bin.cjs");
            if (File.Exists(script) && ExternalProgram.OnPath("node") is { } node)
            {
                return new ExternalProgram(node, [script]);
            }
        }

        return null;
    }

    /// <summary>The one line a build prints when the site is built without search because Pagefind is not there.</summary>
    public static string NotFoundNote(SearchSettings settings) => settings.Pagefind is { Length: > 0 } configured
        ? $"Search: Pagefind is not at {configured} (search.pagefind); the site is built without search."
        : "Search: Pagefind was not found (search.pagefind, the PATH, node_modules); the site is built without search. Install it with `npm install pagefind` in the site's folder.";

    /// <summary>Indexes the site written in <paramref name="siteFolder"/>; an error when Pagefind fails.</summary>
    public static async Task RunAsync(ExternalProgram pagefind, string siteFolder, string configFile, DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        var outcome = await pagefind.RunAsync(["--site", siteFolder, "--silent"], siteFolder, Timeout, cancellation);
        if (outcome.TimedOut || outcome.ExitCode != 0)
        {
            var what = outcome.TimedOut ? $"did not finish within {Timeout.TotalMinutes} minutes" : $"failed (exit code {outcome.ExitCode}): {(outcome.Output.Length <= 600 ? outcome.Output : outcome.Output[..600] + "…")}";
            diagnostics.AddRange([new Diagnostic(Severity.Error, SourcePosition.File(configFile), $"Pagefind ({pagefind.Path}) {what}",
                "The previous site is unchanged. Check that Pagefind runs (pagefind --version), or set \"search\": \"off\" to build without search.")], DiagnosticKind.Output);
        }
    }
}
