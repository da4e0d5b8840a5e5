namespace WorkPlanSite.Diagnostics;

/// <summary>
/// A place in a source file: the path relative to the site root (with forward slashes),
/// a 1-based line and a 1-based column. Formats as <c>path:line:col</c>, the form editors and CI annotate.
/// </summary>
public readonly record struct SourcePosition(string Path, int Line, int Column)
{
    /// <summary>A position that designates a whole file.</summary>
    public static SourcePosition File(string path) => new(path, 1, 1);

    /// <inheritdoc />
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
