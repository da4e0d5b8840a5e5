using WorkPlanSite.Building;
using WorkPlanSite.Configuration;

namespace WorkPlanSite.Serving;

/// <summary>
/// Rebuilds the site for the preview with the build itself (<see cref="SiteBuilder"/>, rendering into memory): the
/// same stages, the same diagnostics and the same bytes as <c>build</c>, kept in memory and served from there. Each
/// rebuild is handed what the previous one kept and the paths that changed, so that it does again only what depends
/// on them. Nothing is written to disk. A failed build returns no snapshot, so the last good site stays served.
/// Rebuilds are made one at a time (the preview session awaits each).
/// </summary>
/// <param name="options">The site's build options; the preview's origin replaces the base URL's, whose path is kept.</param>
public sealed class PreviewRebuilder(BuildOptions options) : ISiteRebuilder
{
    private BuildMemory? _memory;

    /// <inheritdoc/>
    public async Task<SiteRebuild> RebuildAsync(Uri origin, IReadOnlyCollection<string> changedFiles, CancellationToken cancellation)
    {
        var rendered = await new SiteBuilder().RenderAsync(options with { Origin = origin }, _memory, changedFiles, cancellation);
        _memory = rendered.Memory;
        return new SiteRebuild(rendered.Result, rendered.Result.Succeeded ? new SiteSnapshot(rendered.BasePath, rendered.FilesByPath) : null);
    }
}
