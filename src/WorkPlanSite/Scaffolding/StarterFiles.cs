using System.Globalization;
using System.Text.RegularExpressions;

namespace WorkPlanSite.Scaffolding;

/// <summary>
/// The files <c>workplansite init</c> writes, as they stand in <c>Scaffolding/Starter/</c> (embedded in this library):
/// the configuration with its menus, the placeholder logo, the editor settings, the GitHub Pages workflow, the README,
/// the site's own pages and the sample programme. The sample is a programme under way on the day the site is made:
/// two years starting six months before, with activities in every status, one of them late, milestones done and to
/// do, indicators and progress notes. So its dates are written as tokens counted from that day:
/// <list type="bullet">
/// <item><c>{{wps:month+N}}</c>, <c>{{wps:month-N}}</c>: the month N months after (before) the programme's start (<c>2026-06</c>);</item>
/// <item><c>{{wps:day-N}}</c>: the day N days before the day the site is made (<c>2026-11-21</c>);</item>
/// <item><c>{{wps:first-year}}</c>, <c>{{wps:second-year}}</c>, <c>{{wps:last-year}}</c>: the years of its start, the next one, and of its last month;</item>
/// <item><c>{{wps:assembly-quarter}}</c>: the quarter a year after the start (<c>2027-Q2</c>).</item>
/// </list>
/// </summary>
internal static partial class StarterFiles
{
    private const string Prefix = "starter/";

    /// <summary>Each file's path in the new site and its text, its tokens replaced for a site made on <paramref name="today"/>.</summary>
    public static IEnumerable<(string Path, string Text)> All(DateOnly today)
    {
        var dates = new SampleDates(today);
        return EmbeddedTexts.Under(Prefix).Select(file => (file.Name, Token().Replace(file.Text, token => dates.Value(token, file.Name))));
    }

    // {{wps:name}} or {{wps:name+N}} / {{wps:name-N}}; GitHub's own ${{ ... }} in the workflow is left alone.
    [GeneratedRegex(@"\{\{wps:(?<name>[a-z-]+?)(?<offset>[+-][0-9]+)?\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    /// <summary>The sample programme's dates, counted from the day the site is made.</summary>
    private sealed class SampleDates(DateOnly today)
    {
        private readonly DateOnly _start = new DateOnly(today.Year, today.Month, 1).AddMonths(-6);

        public string Value(Match token, string file)
        {
            var name = token.Groups["name"].Value;
            var offset = token.Groups["offset"].Success ? int.Parse(token.Groups["offset"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
            return (name, token.Groups["offset"].Success) switch
            {
                ("month", true) => _start.AddMonths(offset).ToString("yyyy-MM", CultureInfo.InvariantCulture),
                ("day", true) => today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ("first-year", false) => Year(_start),
                ("second-year", false) => Year(_start.AddYears(1)),
                ("last-year", false) => Year(_start.AddMonths(23)),
                ("assembly-quarter", false) => Quarter(_start.AddMonths(12)),
                _ => throw new InvalidOperationException($"{Prefix}{file}: '{token.Value}' is not a token of the starter files."),
            };
        }

        private static string Year(DateOnly date) => date.Year.ToString(CultureInfo.InvariantCulture);

        private static string Quarter(DateOnly date) => FormattableString.Invariant($"{date.Year}-Q{(date.Month - 1) / 3 + 1}");
    }
}
