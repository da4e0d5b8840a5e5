using System.Globalization;

namespace WorkPlanSite.Dates;

/// <summary>
/// Refuses to write dates when .NET runs without culture data (invariant globalization): month names
/// would then come out in English on French pages. Better a clear stop than a wrong site.
/// </summary>
public static class CultureGuard
{
    /// <summary>Null when culture data is available; otherwise a message saying what to do.</summary>
    public static string? Problem()
    {
        var invariantSwitch = AppContext.TryGetSwitch("System.Globalization.Invariant", out var on) && on;
        var variable = Environment.GetEnvironmentVariable("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT");
        var invariantVariable = variable is not null && (variable == "1" || variable.Equals("true", StringComparison.OrdinalIgnoreCase));
        if (invariantSwitch || invariantVariable || CultureInfo.GetCultureInfo("fr-FR").DateTimeFormat.MonthNames[0] != "janvier")
        {
            return ".NET is running without culture data (invariant globalization mode), so month names cannot be written in the site's languages. " +
                   "Install ICU (Debian: apt-get install libicu72, or the libicu package of your system) and unset DOTNET_SYSTEM_GLOBALIZATION_INVARIANT.";
        }

        return null;
    }
}
