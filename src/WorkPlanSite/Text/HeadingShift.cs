using System.Text.RegularExpressions;

namespace WorkPlanSite.Text;

/// <summary>
/// Moves the headings of rendered Markdown down a number of levels (h2 becomes h3), so that a text written to stand
/// under a page's title can stand under a section's heading instead, and gives its ids a prefix, so that several texts
/// can share a page without two elements of the same id: the programme's printable page holds every objective's and
/// activity's text. Levels stop at 6. The HTML is the generator's own (rendered and sanitized), whose tags are regular
/// and whose attributes are quoted with '"'.
/// </summary>
public static partial class HeadingShift
{
    /// <summary>The HTML with every heading <paramref name="levels"/> levels lower.</summary>
    public static string Down(string html, int levels) =>
        levels <= 0 || !html.Contains("<h", StringComparison.Ordinal)
            ? html
            : Heading().Replace(html, m => $"<{m.Groups[1].Value}h{Math.Min(6, m.Groups[2].Value[0] - '0' + levels)}");

    /// <summary>
    /// The HTML with its headings <paramref name="levels"/> levels lower and <paramref name="idPrefix"/> before each of its
    /// ids and of the links to them within it (<c>href="#x"</c>).
    /// </summary>
    public static string Nest(string html, int levels, string idPrefix)
    {
        var shifted = Down(html, levels);
        if (idPrefix.Length == 0 || (!shifted.Contains("id=\"", StringComparison.Ordinal) && !shifted.Contains("href=\"#", StringComparison.Ordinal)))
        {
            return shifted;
        }

        // A link to an id the text does not hold is left as written: it is as broken here as on the text's own page,
        // and reported once for both.
        var ids = Anchor().Matches(shifted).Where(m => m.Groups[1].Value.EndsWith("id=\"", StringComparison.Ordinal)).Select(m => m.Groups[2].Value).ToHashSet(StringComparer.Ordinal);
        return Anchor().Replace(shifted, m => m.Groups[1].Value.EndsWith("id=\"", StringComparison.Ordinal) || ids.Contains(m.Groups[2].Value)
            ? $"{m.Groups[1].Value}{idPrefix}{m.Groups[2].Value}\""
            : m.Value);
    }

    [GeneratedRegex("<(/?)[hH]([1-6])(?=[\\s>])")]
    private static partial Regex Heading();

    [GeneratedRegex("(\\sid=\"|\\shref=\"#)([^\"]*)\"")]
    private static partial Regex Anchor();
}
