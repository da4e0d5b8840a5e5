using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Cli;

/// <summary>Prints diagnostics as <c>path:line:col: error: message</c>, one per line, on standard error.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Console.Error.WriteLine(diagnostic.ToString().Replace("\n", "\n    ", StringComparison.Ordinal));
        }
    }
}
