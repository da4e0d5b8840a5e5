using System.Threading.Channels;
using WorkPlanSite.Configuration;

namespace WorkPlanSite.Serving;

/// <summary>
/// Watches what a build reads — the content folder, the site's themes and i18n folders, the configuration file and the
/// identity's files — and
/// hands out batches of changed paths once the files have been quiet for a moment, so that an editor's
/// save-by-rename or a copy of many files gives one rebuild, not dozens.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly TimeSpan _quiet;

    /// <summary>Starts watching the folders of <paramref name="config"/>.</summary>
    /// <param name="config">The site whose sources are watched.</param>
    /// <param name="quiet">How long the files must stay unchanged before a batch is handed out.</param>
    public SourceWatcher(SiteConfig config, TimeSpan quiet)
    {
        _quiet = quiet;
        Watch(config.ContentDirectory, "*", recursive: true);
        WatchSiteFolder(config.RootDirectory, "themes");
        WatchSiteFolder(config.RootDirectory, Themes.UiStringsLoader.SiteFolder);
        Watch(config.RootDirectory, config.ConfigFile, recursive: false);

        // The identity's files (a logo, a favicon) may lie anywhere in the site's folder: each is watched on its own.
        var content = Path.TrimEndingDirectorySeparator(Path.GetFullPath(config.ContentDirectory)) + Path.DirectorySeparatorChar;
        foreach (var file in config.Identity.Files.Where(f => !f.FullPath.StartsWith(content, StringComparison.Ordinal)))
        {
            Watch(Path.GetDirectoryName(file.FullPath)!, Path.GetFileName(file.FullPath), recursive: false);
        }
    }

    /// <summary>Waits for the next batch of changed paths (full paths, ordinal order, no duplicates).</summary>
    public async Task<IReadOnlyList<string>> NextBatchAsync(CancellationToken cancellation)
    {
        var batch = new SortedSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(cancellation) };
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            quiet.CancelAfter(_quiet);
            try
            {
                batch.Add(await _changes.Reader.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                return batch.ToList();
            }
        }
    }

    /// <summary>Stops watching.</summary>
    public void Dispose()
    {
        lock (_watchers)
        {
            foreach (var watcher in _watchers)
            {
                watcher.Dispose();
            }
        }

        _changes.Writer.TryComplete();
    }

    /// <summary>
    /// Watches the site's themes folder, and, when the site has none yet, waits for it: a site owner who runs
    /// <c>workplansite theme copy</c> while serving creates it then.
    /// </summary>
    // A folder of the site's root that a build reads (its themes, its UI strings), watched from the moment it exists:
    // 'theme copy' or an owner may create it while the preview runs.
    private void WatchSiteFolder(string root, string name)
    {
        var folder = Path.Combine(root, name);
        if (Directory.Exists(folder))
        {
            Watch(folder, "*", recursive: true);
            return;
        }

        var creation = new FileSystemWatcher(root, name) { NotifyFilter = NotifyFilters.DirectoryName };
        creation.Created += (_, e) =>
        {
            lock (_watchers)
            {
                Watch(e.FullPath, "*", recursive: true);
            }

            // Files written before the new watcher started are read by the rebuild this change starts.
            Add(e.FullPath);
        };
        creation.EnableRaisingEvents = true;
        lock (_watchers)
        {
            _watchers.Add(creation);
        }
    }

    private void Watch(string folder, string filter, bool recursive)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var watcher = new FileSystemWatcher(folder, filter)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => Add(e.FullPath);
        watcher.Created += (_, e) => Add(e.FullPath);
        watcher.Deleted += (_, e) => Add(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Add(e.OldFullPath);
            Add(e.FullPath);
        };
        // Too many changes at once overflow the watcher's buffer: rebuild anyway, everything may have changed.
        watcher.Error += (_, _) => Add(folder);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Add(string path)
    {
        // Editors' swap and backup files say nothing about the site.
        var name = Path.GetFileName(path);
        if (name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal) || name.StartsWith(".#", StringComparison.Ordinal))
        {
            return;
        }

        _changes.Writer.TryWrite(path);
    }
}
