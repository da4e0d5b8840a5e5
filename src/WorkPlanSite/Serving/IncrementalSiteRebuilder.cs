using WorkPlanSite.Building;
using WorkPlanSite.Configuration;

namespace WorkPlanSite.Serving;

/// <summary>
/// Rebuilds through a <see cref="SiteSession"/>: the first call builds everything into a private temporary
/// folder (never the site's own output folder); each later call reloads only the programmes the changed files
/// belong to, re-renders only their pages and the home pages, and updates the snapshot with only the files whose
/// bytes changed. A change to the configuration or the theme, or a new origin, rebuilds everything.
/// </summary>
/// <param name="options">The site's build options (its output folder and base URL are replaced).</param>
public sealed class IncrementalSiteRebuilder(BuildOptions options) : ISiteRebuilder, IDisposable
{
    private readonly PreviewWorkspace _workspace = new(options);
    private SiteSession? _session;
    private Uri? _origin;
    private string _basePath = "/";
    private SiteSnapshot? _snapshot;

    private string Output => _workspace.Output;

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
            _basePath = _workspace.BasePath;
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
        _workspace.Dispose();
    }

    private async Task<SiteRebuild> StartAsync(Uri origin, CancellationToken cancellation)
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }

        (var preview, _basePath) = _workspace.For(origin);
        _origin = origin;
        var (session, result) = await SiteSession.StartAsync(preview, cancellation);
        _session = session;
        _snapshot = result.Succeeded ? SiteSnapshot.Read(Output, _basePath) : null;
        return new SiteRebuild(result, _snapshot);
    }
}
