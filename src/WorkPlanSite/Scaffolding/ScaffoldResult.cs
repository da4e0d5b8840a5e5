using System.Collections.Immutable;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Scaffolding;

/// <summary>What <c>init</c> or <c>new</c> did: the files it created, or why it created none.</summary>
/// <param name="Created">Paths of the created files, relative to the site's folder, with forward slashes.</param>
/// <param name="Problems">Why nothing was created; empty on success. A problem with the command's arguments has an empty path.</param>
public sealed record ScaffoldResult(ImmutableArray<string> Created, ImmutableArray<Diagnostic> Problems)
{
    /// <summary>True when the files were created.</summary>
    public bool Succeeded => Problems.IsEmpty;

    internal static ScaffoldResult Failed(string path, string message, string? hint = null) =>
        new([], [new Diagnostic(Severity.Error, SourcePosition.File(path), message, hint)]);
}

/// <summary>Files to create, all or none: nothing is written when one of them already exists.</summary>
internal sealed class FileSet(string root)
{
    private readonly SortedDictionary<string, string> _files = new(StringComparer.Ordinal);

    public void Add(string relativePath, string text) => _files[relativePath] = text.ReplaceLineEndings("\n");

    public ScaffoldResult Write()
    {
        var existing = _files.Keys.FirstOrDefault(path => File.Exists(Full(path)) || Directory.Exists(Full(path)));
        if (existing is not null)
        {
            return ScaffoldResult.Failed(existing, "This file already exists; nothing was created.", "Choose another id, or delete the file first.");
        }

        foreach (var (path, text) in _files)
        {
            var full = Full(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return new ScaffoldResult([.. _files.Keys], []);
    }

    private string Full(string relativePath) => Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));
}
