using System.Collections.Frozen;

namespace WorkPlanSite.Rendering;

/// <summary>
/// A quick upper bound of how deeply an HTML fragment nests, read from its tags without building a tree: HTML
/// parsers take time that grows with depth times size, so absurd nesting is refused before anything parses it.
/// </summary>
public static class HtmlNesting
{
    // Elements that close themselves or are closed implicitly by the next one: they never add lasting depth.
    private static readonly FrozenSet<string> NotNesting = new[]
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rp", "rt",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNestingByName = NotNesting.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The deepest nesting of opening tags not yet closed, counting only elements that nest.</summary>
    public static int Depth(string html)
    {
        var depth = 0;
        var max = 0;
        var i = html.IndexOf('<');
        while (i >= 0 && i < html.Length - 1)
        {
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            var close = html.IndexOf('>', end);
            if (close < 0)
            {
                break;
            }

            if (end > start && char.IsAsciiLetter(html[start]))
            {
                var name = html.AsSpan(start, end - start);
                var selfClosing = html[close - 1] == '/';
                if (!NotNestingByName.Contains(name) && !selfClosing)
                {
                    depth = closing ? Math.Max(0, depth - 1) : depth + 1;
                    max = Math.Max(max, depth);
                }
            }

            i = html.IndexOf('<', i + 1);
        }

        return max;
    }
}
