using WorkPlanSite.Building;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Cli;

/// <summary>The documented exit codes: 0 success, 1 content errors, 2 usage or configuration errors.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;

    public static int For(BuildResult result, BuildOptions options)
    {
        var configName = Path.GetFileName(options.ConfigPath);
        return result.Diagnostics.Any(d => d.Severity == Severity.Error && (d.Position.Path == configName || d.Position.Path == options.ConfigPath))
            ? Usage
            : ContentErrors;
    }
}
