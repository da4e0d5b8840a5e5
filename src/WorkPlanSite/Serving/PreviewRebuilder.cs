using WorkPlanSite.Building;
using WorkPlanSite.Configuration;

namespace WorkPlanSite.Serving;

/// <summary>
/// Rebuilds the site for the preview with the build itself (<see cref="SiteBuilder.RenderAsync"/>): the same stages,
/// the same diagnostics and the same bytes as <c>build</c>, kept in memory and served from there. Nothing is written
/// to disk, neither to the site's output folder nor anywhere else. A failed build returns no snapshot, so the last
/// good site stays served.
/// </summary>
/// <param name="options">The site's build options; the preview's origin replaces the base URL's, whose path is kept.</param>
public sealed class PreviewRebuilder(BuildOptions options) : ISiteRebuilder
{
    /// <inheritdoc/>
    public async Task<SiteRebuild> RebuildAsync(Uri origin, IReadOnlyCollection<string> changedFiles, CancellationToken cancellation)
    {
        var rendered = await new SiteBuilder().RenderAsync(options with { Origin = origin }, cancellation);
        return new SiteRebuild(rendered.Result, rendered.Result.Succeeded ? SiteSnapshot.Of(rendered.Files, rendered.BasePath) : null);
    }
}
