using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Microsoft.Win32.SafeHandles;
using WorkPlanSite.Configuration;

namespace WorkPlanSite.Writing;

/// <summary>
/// A temporary folder beside the output folder that receives the new site file by file, from any thread,
/// while pages are still being rendered, so that no build holds the whole site in memory. <see cref="Commit"/>
/// swaps it in with two renames; disposing it without committing deletes it. Either way visitors never see
/// a half-written site, and a failed build leaves the previous one untouched.
/// </summary>
internal sealed class StagingFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private readonly string _output;
    private readonly string _parent;
    private readonly string _name;
    private bool _committed;

    private StagingFolder(string output)
    {
        _output = output;
        _parent = Path.GetDirectoryName(output)!;
        _name = Path.GetFileName(output);
        Directory.CreateDirectory(_parent);
        Root = Path.Combine(_parent, $".{_name}.tmp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Root);
        _folders[Root] = true;
    }

    /// <summary>The staging folder's full path.</summary>
    public string Root { get; }

    /// <summary>Starts writing a new site for <paramref name="config"/>'s output folder; refuses a folder WorkPlanSite does not own.</summary>
    public static StagingFolder Begin(SiteConfig config)
    {
        if (OutputFolderGuard.Problem(config) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        return new StagingFolder(Path.TrimEndingDirectorySeparator(config.OutputDirectory));
    }

    /// <summary>Writes a file. Safe to call from several threads at once, for different paths.</summary>
    public void Write(OutputFile file) => Write(file.RelativePath, file.Content.Span);

    /// <summary>Writes a UTF-8 text file (without byte-order mark), encoding straight into a pooled buffer.</summary>
    public void WriteText(string relativePath, ReadOnlySpan<char> text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            var length = Utf8.GetBytes(text, buffer);
            Write(relativePath, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Writes the raw bytes of a file, with as few system calls as the runtime allows: the file is new (the staging
    /// folder starts empty, so no truncation) and written in one call (no preallocation, which costs a
    /// <c>fallocate</c> and a <c>ftruncate</c> per file on Linux). A path written twice is a bug and fails.
    /// </summary>
    public void Write(string relativePath, ReadOnlySpan<byte> content)
    {
        var target = Prepare(relativePath);
        using SafeFileHandle handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, content, 0);
    }

    /// <summary>Copies the file at <paramref name="source"/> (a file next to the content) to <paramref name="relativePath"/>.</summary>
    public void Copy(string relativePath, string source) => File.Copy(source, Prepare(relativePath), overwrite: false);

    /// <summary>Marks the folder as WorkPlanSite's and swaps it in place of the output folder.</summary>
    public void Commit()
    {
        File.WriteAllText(Path.Combine(Root, OutputFolderGuard.MarkerFile), "This folder is written by WorkPlanSite; a build replaces it whole.\n");
        Swap();
        _committed = true;
        RemoveLeftovers();
    }

    /// <summary>Removes the temporary folders that interrupted builds left beside the output folder.</summary>
    private void RemoveLeftovers()
    {
        var pattern = new System.Text.RegularExpressions.Regex("^\\." + System.Text.RegularExpressions.Regex.Escape(_name) + "\\.(tmp|old)-[0-9a-f]{32}$");
        foreach (var folder in Directory.EnumerateDirectories(_parent, "." + _name + ".*"))
        {
            if (pattern.IsMatch(Path.GetFileName(folder)))
            {
                TryDelete(folder);
            }
        }
    }

    /// <summary>Deletes the staging folder unless it was committed.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            TryDelete(Root);
        }
    }

    private void Swap()
    {
        if (!Directory.Exists(_output))
        {
            Directory.Move(Root, _output);
            return;
        }

        var previous = Path.Combine(_parent, $".{_name}.old-{Guid.NewGuid():N}");
        Directory.Move(_output, previous);
        try
        {
            Directory.Move(Root, _output);
        }
        catch
        {
            // Put the previous site back before reporting the failure.
            Directory.Move(previous, _output);
            throw;
        }

        DeletePrevious(previous);
    }

    /// <summary>
    /// Deletes the previous site, once swapped out, its language folders in parallel: deleting 10,000 pages one
    /// by one took about 1.5 s of a rebuild into an existing folder. Nothing is deleted before the swap, so a
    /// failed build still leaves the previous site in place, and what fails to be deleted here is removed as a
    /// leftover by the next build.
    /// </summary>
    private static void DeletePrevious(string previous)
    {
        try
        {
            Parallel.ForEach(Directory.EnumerateDirectories(previous), TryDelete);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next build, as below.
        }

        TryDelete(previous);
    }

    /// <summary>The full path of a file in the staging folder, its folder created.</summary>
    private string Prepare(string relativePath)
    {
        var target = Target(relativePath);
        var folder = Path.GetDirectoryName(target)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders[folder] = true;
        }

        return target;
    }

    /// <summary>The full path of a file in the staging folder; refuses any path that would leave it.</summary>
    private string Target(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write '{relativePath}' outside the output folder.");
        }

        return full;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the next build uses a new name.
        }
    }
}
