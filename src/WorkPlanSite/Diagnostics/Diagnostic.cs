namespace WorkPlanSite.Diagnostics;

/// <summary>How serious a reported problem is.</summary>
public enum Severity
{
    /// <summary>The site can be built, but something deserves attention (a missing translation, an unused file).</summary>
    Warning,

    /// <summary>The site cannot be built until this is fixed.</summary>
    Error,
}

/// <summary>
/// A problem found in the site's sources: where it is, what is wrong and, when one helps, how to fix it.
/// Problems are values: every stage collects them and the build reports them all together.
/// </summary>
public sealed record Diagnostic(Severity Severity, SourcePosition Position, string Message, string? Hint = null)
{
    /// <summary>Formats as <c>path:line:col: error: message (hint)</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        return Hint is null
            ? $"{Position}: {severity}: {Message}"
            : $"{Position}: {severity}: {Message} {Hint}";
    }
}
