using WorkPlanSite.Building;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Serving;

/// <summary>
/// Rebuilds through a <see cref="SiteSession"/>: the first call builds everything into a private temporary
/// folder (never the site's own output folder); each later call reloads only the programmes the changed files
/// belong to, re-renders only their pages and the home pages, and updates the snapshot with only the files whose
/// bytes changed. A change to the configuration or the theme, or a new origin, rebuilds everything.
/// </summary>
public sealed class IncrementalSiteRebuilder : ISiteRebuilder, IDisposable
{
    private readonly BuildOptions _options;
    private readonly string _workFolder = Path.Combine(Path.GetTempPath(), "workplansite-serve-" + Guid.NewGuid().ToString("N"));
    private SiteSession? _session;
    private Uri? _origin;
    private string _basePath = "/";
    private SiteSnapshot? _snapshot;

    /// <summary>Creates a rebuilder for the site of <paramref name="options"/> (its output folder and base URL are replaced).</summary>
    public IncrementalSiteRebuilder(BuildOptions options)
    {
        _options = options;
    }

    private string Output => Path.Combine(_workFolder, "site");

    /// <inheritdoc/>
    public async Task<SiteRebuild> RebuildAsync(Uri origin, IReadOnlyCollection<string> changedFiles, CancellationToken cancellation)
    {
        if (_session is null || origin != _origin || changedFiles.Count == 0)
        {
            return await StartAsync(origin, cancellation);
        }

        var rebuild = await _session.RebuildAsync(changedFiles, cancellation);
        if (!rebuild.Build.Succeeded)
        {
            return new SiteRebuild(rebuild.Build, null);
        }

        if (rebuild.IsFull || _snapshot is null)
        {
            // The configuration may have changed the base path.
            _basePath = SiteConfigLoader.Load(_options, new DiagnosticBag())?.BasePath ?? "/";
            _snapshot = SiteSnapshot.Read(Output, _basePath);
        }
        else
        {
            var files = _snapshot.Files
                .SetItems(rebuild.Written.Select(path => KeyValuePair.Create(path, File.ReadAllBytes(Path.Combine(Output, path)))))
                .RemoveRange(rebuild.Deleted);
            _snapshot = _snapshot with { Files = files };
        }

        return new SiteRebuild(rebuild.Build, _snapshot);
    }

    /// <summary>Ends the session and deletes the temporary folder.</summary>
    public void Dispose()
    {
        _session?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _session = null;
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

    private async Task<SiteRebuild> StartAsync(Uri origin, CancellationToken cancellation)
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }

        // As for a full rebuild: the configured base path is kept, only the origin changes.
        _basePath = SiteConfigLoader.Load(_options, new DiagnosticBag())?.BasePath ?? "/";
        _origin = origin;
        var options = _options with { OutputDirectory = Output, BaseUrl = new Uri(origin, _basePath).AbsoluteUri };
        var (session, result) = await SiteSession.StartAsync(options, cancellation);
        _session = session;
        _snapshot = result.Succeeded ? SiteSnapshot.Read(Output, _basePath) : null;
        return new SiteRebuild(result, _snapshot);
    }
}
