using WorkPlanSite.Building;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Serving;

/// <summary>
/// Rebuilds the whole site into a private temporary folder (never the site's own output folder, so that the
/// preview never touches <c>_site/</c>) and reads it back as a <see cref="SiteSnapshot"/>.
/// </summary>
public sealed class FullSiteRebuilder : ISiteRebuilder, IDisposable
{
    private readonly BuildOptions _options;
    private readonly string _workFolder = Path.Combine(Path.GetTempPath(), "workplansite-serve-" + Guid.NewGuid().ToString("N"));

    /// <summary>Creates a rebuilder for the site of <paramref name="options"/> (its output folder and base URL are replaced).</summary>
    public FullSiteRebuilder(BuildOptions options)
    {
        _options = options;
    }

    /// <inheritdoc/>
    public async Task<SiteRebuild> RebuildAsync(Uri origin, IReadOnlyCollection<string> changedFiles, CancellationToken cancellation)
    {
        // The configured base path is kept so that the preview has the addresses of the published site; only the
        // origin changes, so that absolute links (canonical, alternates, sitemap) stay on the preview server.
        var basePath = SiteConfigLoader.Load(_options, new DiagnosticBag())?.BasePath ?? "/";
        var output = Path.Combine(_workFolder, "site");
        var options = _options with { OutputDirectory = output, BaseUrl = new Uri(origin, basePath).AbsoluteUri };
        var result = await new SiteBuilder().BuildAsync(options, cancellation);
        return new SiteRebuild(result, result.Succeeded ? SiteSnapshot.Read(output, basePath) : null);
    }

    /// <summary>Deletes the temporary folder.</summary>
    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_workFolder))
            {
                Directory.Delete(_workFolder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover folder in the temp folder is harmless.
        }
    }
}
