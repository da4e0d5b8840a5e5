using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using RazorLight;
using RazorLight.Compilation;
using RazorLight.Generation;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Rendering.Templates;

/// <summary>
/// Turns what RazorLight and the C# compiler throw into diagnostics at the template's own file, line and column,
/// with the compiler's message and what to do: never a compiler dump or a stack trace.
/// </summary>
internal static partial class TemplateErrors
{
    private const string CompileHint = "Correct the template: Razor markup with C# after '@' (see docs/themes.md), or delete the site's copy to use the installed one again.";

    /// <summary>The diagnostics of a template that did not compile.</summary>
    public static IEnumerable<Diagnostic> OfCompilation(Exception exception, string key, ThemeTemplateProject project)
    {
        switch (Unwrap(exception))
        {
            case TemplateCompilationException compilation:
                foreach (var error in compilation.CompilationDiagnostics ?? [])
                {
                    var position = error.LineSpan is { } span && KeyOf(span.Path, key, project) is { } file
                        ? new SourcePosition(project.Display(file), span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1)
                        : SourcePosition.File(project.Display(key));
                    yield return new Diagnostic(Severity.Error, position, $"The template does not compile: {error.ErrorMessage}", CompileHint);
                }

                break;
            case TemplateGenerationException generation:
                foreach (var error in generation.Diagnostics)
                {
                    var file = KeyOf(error.Span.FilePath, key, project) ?? key;
                    var position = new SourcePosition(project.Display(file), Math.Max(0, error.Span.LineIndex) + 1, Math.Max(0, error.Span.CharacterIndex) + 1);
                    yield return new Diagnostic(Severity.Error, position, $"The template is not valid Razor: {error.GetMessage(CultureInfo.InvariantCulture)}", CompileHint);
                }

                break;
            case var other:
                yield return new Diagnostic(Severity.Error, SourcePosition.File(project.Display(key)), $"The template could not be compiled: {other.Message}", CompileHint);
                break;
        }
    }

    /// <summary>The diagnostic of a template that threw while rendering the page at <paramref name="page"/>.</summary>
    public static Diagnostic OfRendering(Exception exception, string pageKey, string page, ThemeTemplateProject project)
    {
        var inner = Unwrap(exception);
        if (inner is TemplateNotFoundException missing)
        {
            var name = MissingKey().Match(missing.Message) is { Success: true } match ? match.Groups[1].Value : "?";
            return new Diagnostic(Severity.Error, SourcePosition.File(project.Display(pageKey)),
                $"While rendering {page}: the template '{name}' (a layout or a partial) does not exist in the theme.",
                $"Check the name against the theme's files ('workplansite theme list'), or copy it with 'workplansite theme copy templates/{name}'.");
        }

        // The templates' code is compiled with symbols whose file names are template keys: the innermost frame in a
        // template is where it failed.
        var frame = new StackTrace(inner, fNeedFileInfo: true).GetFrames()
            .FirstOrDefault(f => f.GetFileName() is { } file && project.PathOf(file) is not null);
        var position = frame is null
            ? SourcePosition.File(project.Display(pageKey))
            : new SourcePosition(project.Display(frame.GetFileName()!), Math.Max(1, frame.GetFileLineNumber()), Math.Max(1, frame.GetFileColumnNumber()));
        return new Diagnostic(Severity.Error, position, $"The template failed while rendering {page}: {inner.GetType().Name}: {inner.Message}",
            "Correct the template at this line (for example, check for a value that can be missing before using it).");
    }

    /// <summary>The template key a compiler path names, or null when it names none (generated code without a place in a template).</summary>
    private static string? KeyOf(string? path, string key, ThemeTemplateProject project)
    {
        if (string.IsNullOrEmpty(path))
        {
            // _Imports.cshtml is read without a file name.
            return ThemeTemplateProject.ImportsKey;
        }

        return project.PathOf(path) is not null ? path : path == key ? key : null;
    }

    private static Exception Unwrap(Exception exception)
    {
        while (exception is AggregateException or TargetInvocationException && exception.InnerException is { } inner)
        {
            exception = inner;
        }

        return exception;
    }

    [GeneratedRegex("with key (\\S+) could not be found", RegexOptions.CultureInvariant)]
    private static partial Regex MissingKey();
}
