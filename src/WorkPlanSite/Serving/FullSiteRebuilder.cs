using WorkPlanSite.Building;
using WorkPlanSite.Configuration;

namespace WorkPlanSite.Serving;

/// <summary>
/// Rebuilds the whole site into a private temporary folder (never the site's own output folder, so that the
/// preview never touches <c>_site/</c>) and reads it back as a <see cref="SiteSnapshot"/>.
/// </summary>
/// <param name="options">The site's build options (its output folder and base URL are replaced).</param>
public sealed class FullSiteRebuilder(BuildOptions options) : ISiteRebuilder, IDisposable
{
    private readonly PreviewWorkspace _workspace = new(options);

    /// <inheritdoc/>
    public async Task<SiteRebuild> RebuildAsync(Uri origin, IReadOnlyCollection<string> changedFiles, CancellationToken cancellation)
    {
        var (preview, basePath) = _workspace.For(origin);
        var result = await new SiteBuilder().BuildAsync(preview, cancellation);
        return new SiteRebuild(result, result.Succeeded ? SiteSnapshot.Read(_workspace.Output, basePath) : null);
    }

    /// <summary>Deletes the temporary folder.</summary>
    public void Dispose() => _workspace.Dispose();
}
