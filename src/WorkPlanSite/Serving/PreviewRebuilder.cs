using WorkPlanSite.Building;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Serving;

/// <summary>
/// Rebuilds the site for the preview with the build itself (<see cref="SiteBuilder.RenderAsync"/>): the same stages,
/// the same diagnostics and the same bytes as <c>build</c>, kept in memory and served from there. Nothing is written
/// to disk, neither to the site's output folder nor anywhere else. A failed build returns no snapshot, so the last
/// good site stays served.
/// </summary>
/// <param name="options">The site's build options; only the origin of the base URL is replaced.</param>
public sealed class PreviewRebuilder(BuildOptions options) : ISiteRebuilder
{
    /// <inheritdoc/>
    public async Task<SiteRebuild> RebuildAsync(Uri origin, IReadOnlyCollection<string> changedFiles, CancellationToken cancellation)
    {
        var (preview, basePath) = For(origin);
        var rendered = await new SiteBuilder().RenderAsync(preview, cancellation);
        return new SiteRebuild(rendered.Result, rendered.Result.Succeeded ? SiteSnapshot.Of(rendered.Files, basePath) : null);
    }

    /// <summary>
    /// The build options of a preview served at <paramref name="origin"/>: the configured base path is kept, so that
    /// the preview has the addresses of the published site; only the origin changes, so that absolute links
    /// (canonical, alternates, sitemap) stay on the preview server. The configuration is read again each time: an
    /// edit may have changed the base path.
    /// </summary>
    private (BuildOptions Options, string BasePath) For(Uri origin)
    {
        var basePath = SiteConfigLoader.Load(options, new DiagnosticBag())?.BasePath ?? "/";
        return (options with { BaseUrl = new Uri(origin, basePath).AbsoluteUri }, basePath);
    }
}
