using System.Globalization;

namespace WorkPlanSite.Dates;

/// <summary>
/// Refuses to write dates when .NET runs without culture data (invariant globalization): month names
/// would then come out in English on French pages. Better a clear stop than a wrong site.
/// </summary>
internal static class CultureGuard
{
    /// <summary>Null when this process has culture data; otherwise a message saying what to do.</summary>
    public static string? Problem() => Problem(
        AppContext.TryGetSwitch("System.Globalization.Invariant", out var on) && on,
        Environment.GetEnvironmentVariable("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"),
        CultureInfo.GetCultureInfo("fr-FR").DateTimeFormat.MonthNames[0]);

    /// <summary>The decision, from the runtime switch, the environment variable and the French name of January the runtime gives.</summary>
    public static string? Problem(bool invariantSwitch, string? invariantVariable, string frenchJanuary)
    {
        var variableOn = invariantVariable is not null && (invariantVariable == "1" || invariantVariable.Equals("true", StringComparison.OrdinalIgnoreCase));
        if (invariantSwitch || variableOn || frenchJanuary != "janvier")
        {
            return ".NET is running without culture data (invariant globalization mode), so month names cannot be written in the site's languages. " +
                   "Install ICU (Debian: apt-get install libicu72, or the libicu package of your system) and unset DOTNET_SYSTEM_GLOBALIZATION_INVARIANT.";
        }

        return null;
    }
}
