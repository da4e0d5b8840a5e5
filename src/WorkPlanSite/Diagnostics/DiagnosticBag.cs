using System.Collections.Concurrent;

namespace WorkPlanSite.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage. Safe to use from parallel loaders; <see cref="Sorted"/>
/// gives them back in a stable order (by file, line, column, then message) whatever the thread timing.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    /// <summary>True when at least one error has been reported.</summary>
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>Number of errors reported so far.</summary>
    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);

    /// <summary>Number of diagnostics reported so far.</summary>
    public int Count => _items.Count;

    /// <summary>Reports an error.</summary>
    public void Error(SourcePosition position, string message, string? hint = null) =>
        _items.Enqueue(new Diagnostic(Severity.Error, position, message, hint));

    /// <summary>Reports a warning.</summary>
    public void Warning(SourcePosition position, string message, string? hint = null) =>
        _items.Enqueue(new Diagnostic(Severity.Warning, position, message, hint));

    /// <summary>Adds diagnostics produced elsewhere, as being about <paramref name="kind"/>.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics, DiagnosticKind kind)
    {
        foreach (var diagnostic in diagnostics)
        {
            _items.Enqueue(diagnostic with { Kind = kind });
        }
    }

    /// <summary>Adds diagnostics produced elsewhere.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _items.Enqueue(diagnostic);
        }
    }

    /// <summary>All diagnostics, sorted by position then message, without duplicates.</summary>
    public IReadOnlyList<Diagnostic> Sorted() => _items
        .Distinct()
        .OrderBy(d => d.Position.Path, StringComparer.Ordinal)
        .ThenBy(d => d.Position.Line)
        .ThenBy(d => d.Position.Column)
        .ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();
}
