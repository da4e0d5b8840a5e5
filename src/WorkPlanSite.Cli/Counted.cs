using System.Globalization;

namespace WorkPlanSite.Cli;

/// <summary>A count and its noun, in the English of the terminal: "1 error", "3 errors" (never "error(s)").</summary>
internal static class Counted
{
    /// <summary><paramref name="count"/> and <paramref name="noun"/>, with an "s" unless the count is one.</summary>
    public static string Of(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
