namespace WorkPlanSite.Diagnostics;

/// <summary>
/// Thrown by a build that cannot go on because the sources have errors. Carries every diagnostic
/// collected so far, so that the caller reports them all at once.
/// </summary>
public sealed class ContentErrorException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception($"The site has {diagnostics.Count(d => d.Severity == Severity.Error)} error(s).")
{
    /// <summary>Every diagnostic, errors and warnings, sorted.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
