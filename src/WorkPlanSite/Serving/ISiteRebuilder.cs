using WorkPlanSite.Building;

namespace WorkPlanSite.Serving;

/// <summary>The outcome of one rebuild for the preview server.</summary>
/// <param name="Result">The build's result, with its diagnostics.</param>
/// <param name="Snapshot">The new site when the build succeeded; null when it failed (the previous one stays served).</param>
public sealed record SiteRebuild(BuildResult Result, SiteSnapshot? Snapshot);

/// <summary>
/// The seam between the preview server and the build: rebuilds the site after some source files changed.
/// <see cref="PreviewRebuilder"/> runs the build itself; tests put a rebuilder of their own in its place.
/// </summary>
public interface ISiteRebuilder
{
    /// <summary>Rebuilds the site for pages served at <paramref name="origin"/> (<c>http://127.0.0.1:port</c>).</summary>
    /// <param name="origin">The preview server's scheme, host and port; the configured base path is kept.</param>
    /// <param name="changedFiles">Full paths of the source files that changed since the previous call (empty the first time).</param>
    /// <param name="cancellation">Cancels the build.</param>
    Task<SiteRebuild> RebuildAsync(Uri origin, IReadOnlyCollection<string> changedFiles, CancellationToken cancellation);
}
