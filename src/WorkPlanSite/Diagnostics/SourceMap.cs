using System.Collections.Immutable;

namespace WorkPlanSite.Diagnostics;

/// <summary>
/// Where each top-level key of a source file is, so that a later stage (validation of references)
/// can point at the very line an author has to change.
/// </summary>
public sealed record SourceMap(string Path, ImmutableSortedDictionary<string, SourcePosition> Keys)
{
    /// <summary>The position of <paramref name="key"/>, or the start of the file when it is not written.</summary>
    public SourcePosition At(string key) => Keys.TryGetValue(key, out var position) ? position : SourcePosition.File(Path);

    /// <summary>The start of the file.</summary>
    public SourcePosition File => SourcePosition.File(Path);
}
