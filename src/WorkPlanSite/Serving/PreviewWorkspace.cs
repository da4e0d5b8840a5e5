using WorkPlanSite.Building;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Serving;

/// <summary>
/// Where a preview builds: a private temporary folder, never the site's own output folder, so that the preview
/// never touches <c>_site/</c>; deleted when disposed.
/// </summary>
internal sealed class PreviewWorkspace(BuildOptions options) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "workplansite-serve-" + Guid.NewGuid().ToString("N"));

    /// <summary>The output folder of the preview's builds.</summary>
    public string Output => Path.Combine(_folder, "site");

    /// <summary>The configured base path (read again each time: the configuration may have changed it).</summary>
    public string BasePath => SiteConfigLoader.Load(options, new DiagnosticBag())?.BasePath ?? "/";

    /// <summary>
    /// The build options of a preview served at <paramref name="origin"/>: the configured base path is kept, so that
    /// the preview has the addresses of the published site; only the origin changes, so that absolute links
    /// (canonical, alternates, sitemap) stay on the preview server.
    /// </summary>
    public (BuildOptions Options, string BasePath) For(Uri origin)
    {
        var basePath = BasePath;
        return (options with { OutputDirectory = Output, BaseUrl = new Uri(origin, basePath).AbsoluteUri }, basePath);
    }

    /// <summary>Deletes the temporary folder.</summary>
    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover folder in the temp folder is harmless.
        }
    }
}
