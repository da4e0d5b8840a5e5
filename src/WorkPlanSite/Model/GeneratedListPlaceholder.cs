using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace WorkPlanSite.Model;

/// <summary>
/// Where a programme's introduction places a generated list: a line holding only <c>{{ name }}</c>. CCRE's programme
/// has the headings "Lignes d'actions principales…" and "Dates clés…" in its introduction, and the lists under them.
/// </summary>
internal static partial class GeneratedListPlaceholder
{
    /// <summary>The names authors write, and the list each one places.</summary>
    public static ImmutableSortedDictionary<string, GeneratedList> Names { get; } = new Dictionary<string, GeneratedList>
    {
        ["general-objective"] = GeneratedList.GeneralObjective,
        ["lines-of-action"] = GeneratedList.LinesOfAction,
        ["key-dates"] = GeneratedList.KeyDates,
        ["objectives"] = GeneratedList.Objectives,
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>The way to write a placeholder, for messages.</summary>
    public static string Syntax(string name) => $"{{{{ {name} }}}}";

    /// <summary>Each placeholder line of a Markdown text (<c>{{ words }}</c> alone on its line): the name written, its 0-based line and column.</summary>
    public static IEnumerable<(string Name, int Line, int Column)> In(string markdown)
    {
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (SourceLine().Match(lines[i]) is { Success: true } match)
            {
                yield return (match.Groups["name"].Value, i, match.Groups["open"].Index);
            }
        }
    }

    /// <summary>
    /// The rendered introduction cut at each known placeholder (which Markdown made a paragraph of its own): the HTML
    /// before each, with the list that follows it; the last part has none.
    /// </summary>
    public static IReadOnlyList<(string Html, GeneratedList? ListAfter)> Split(string html)
    {
        var parts = new List<(string, GeneratedList?)>();
        var start = 0;
        foreach (Match match in RenderedParagraph().Matches(html))
        {
            if (Names.TryGetValue(match.Groups["name"].Value, out var list))
            {
                parts.Add((html[start..match.Index], list));
                start = match.Index + match.Length;
            }
        }

        parts.Add((html[start..], null));
        return parts;
    }

    // Only a name made of words is a placeholder (a misspelt one is reported); other text between braces, such as
    // an example of template syntax, stays text.
    [GeneratedRegex(@"^[ \t]*(?<open>\{\{)[ \t]*(?<name>[A-Za-z][A-Za-z0-9 _-]*?)[ \t]*\}\}[ \t]*\r?$")]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"<p>\{\{\s*(?<name>[^{}<]*?)\s*\}\}</p>\n?")]
    private static partial Regex RenderedParagraph();
}
