namespace WorkPlanSite.Diagnostics;

/// <summary>How serious a reported problem is.</summary>
public enum Severity
{
    /// <summary>The site can be built, but something deserves attention (a missing translation, an unused file).</summary>
    Warning,

    /// <summary>The site cannot be built until this is fixed.</summary>
    Error,
}

/// <summary>What a problem is about, which decides how a command ends (see the CLI's exit codes).</summary>
public enum DiagnosticKind
{
    /// <summary>The content: a programme's files, links between them, their text.</summary>
    Content,

    /// <summary>The site's configuration, its theme or its UI strings: the site cannot be read as a site.</summary>
    Configuration,

    /// <summary>The pages made: a link of a page that leads nowhere, a site that could not be written.</summary>
    Output,

    /// <summary>How the command was called.</summary>
    Usage,
}

/// <summary>
/// A problem found in the site's sources: where it is, what is wrong and, when one helps, how to fix it.
/// Problems are values: every stage collects them and the build reports them all together.
/// </summary>
public sealed record Diagnostic(Severity Severity, SourcePosition Position, string Message, string? Hint = null)
{
    /// <summary>What the problem is about; set by the stage that reports it.</summary>
    public DiagnosticKind Kind { get; init; } = DiagnosticKind.Content;

    /// <summary>Formats as <c>path:line:col: error: message (hint)</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        return Hint is null
            ? $"{Position}: {severity}: {Message}"
            : $"{Position}: {severity}: {Message} {Hint}";
    }
}
