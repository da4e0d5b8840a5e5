using System.Collections.Immutable;
using WorkPlanSite.Building;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Serving;

/// <summary>Tells the person at the terminal what the preview is doing.</summary>
public interface IPreviewReporter
{
    /// <summary>A build succeeded; <paramref name="changedPages"/> are the addresses whose files changed.</summary>
    void Built(BuildResult result, ImmutableArray<string> changedPages, IReadOnlyCollection<string> changedFiles);

    /// <summary>A build failed; the previous site stays served.</summary>
    void Failed(BuildResult result, IReadOnlyCollection<string> changedFiles);
}

/// <summary>
/// The preview loop: rebuilds the site when its sources change, swaps the new site into the server, and tells
/// the open pages which addresses changed. A failed rebuild keeps the last good site served, with the errors
/// shown on every page and at the terminal.
/// </summary>
public sealed class PreviewSession(ISiteRebuilder rebuilder, PreviewServer server, IPreviewReporter reporter)
{
    /// <summary>Rebuilds once and publishes the outcome; true when the build succeeded.</summary>
    public async Task<bool> RebuildAsync(IReadOnlyCollection<string> changedFiles, CancellationToken cancellation)
    {
        SiteRebuild rebuild;
        try
        {
            rebuild = await rebuilder.RebuildAsync(server.Origin, changedFiles, cancellation);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A file caught half-written by an editor, or a fault in a theme: the preview reports it like a content
            // error and keeps serving, rather than ending the session the author is working in.
            var diagnostic = new Diagnostic(Severity.Error, SourcePosition.File(changedFiles.FirstOrDefault() ?? "site"),
                $"The build stopped: {ex.GetType().Name}: {ex.Message}", "Save the file again; if this persists, run 'workplansite build' to see the full report.");
            rebuild = new SiteRebuild(new BuildResult(false, [diagnostic], ImmutableSortedDictionary<string, int>.Empty, TimeSpan.Zero, null), null);
        }

        var before = server.State;
        if (rebuild.Snapshot is { } site)
        {
            var changed = site.ChangedSince(before.Site);
            server.Update(new PreviewState(site, [], true));
            reporter.Built(rebuild.Result, changed, changedFiles);
            var all = !before.Built || !before.Errors.IsEmpty;
            if (all || !changed.IsEmpty)
            {
                server.Hub.Publish(ReloadEvent.Reload(changed, all));
            }

            return true;
        }

        var errors = rebuild.Result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToImmutableArray();
        server.Update(before with { Errors = errors });
        reporter.Failed(rebuild.Result, changedFiles);
        server.Hub.Publish(ReloadEvent.Error(errors));
        return false;
    }

    /// <summary>Rebuilds after each batch of changes until cancelled.</summary>
    public async Task WatchAsync(SourceWatcher watcher, CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested)
        {
            IReadOnlyList<string> batch;
            try
            {
                batch = await watcher.NextBatchAsync(cancellation);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await RebuildAsync(batch, cancellation);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
