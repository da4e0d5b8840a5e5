using WorkPlanSite.Building;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Cli;

/// <summary>The documented exit codes: 0 success, 1 content errors, 2 usage or configuration errors.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;

    /// <summary>2 when an error is about the configuration (or the call), 1 for any other error: each diagnostic says what it is about.</summary>
    public static int For(BuildResult result) =>
        result.Diagnostics.Any(d => d.Severity == Severity.Error && d.Kind is DiagnosticKind.Configuration or DiagnosticKind.Usage)
            ? Usage
            : ContentErrors;
}
