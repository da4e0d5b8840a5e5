using System.Net;
using System.Text.RegularExpressions;
using WorkPlanSite.Text;

namespace WorkPlanSite.Tests.Text;

/// <summary>
/// Summaries and meta descriptions read the text of HTML in one pass; they must read it exactly as the regular
/// expressions they replaced (a tag is '&lt;', one character or more, '&gt;'; then character references decoded;
/// then white space collapsed and trimmed).
/// </summary>
public sealed class HtmlTextTests
{
    public static TheoryData<string> Fragments => new()
    {
        "",
        "plain text",
        "<p>Un <strong>texte</strong> &amp; un <a href=\"/x\">lien</a>.</p>\n<p>Second</p>",
        "a < b and c > d",
        "<> is text, and so is <",
        "x <<b>> y",
        "tail <unclosed",
        "&lt;script&gt; stays text &#233;t&eacute; &nbsp; nbsp",
        "<ul>\n<li>one</li>\n<li>two</li>\n</ul>",
        "  leading and trailing \t\n ",
        "line\u2028separator\u00a0and\u3000ideographic",
        "&am<b>p; split entity",
        "<p>𝄞 surrogate</p>",
        ">starts with a closing bracket<",
    };

    [Theory]
    [MemberData(nameof(Fragments))]
    public void Strip_reads_tags_and_references_as_the_regular_expression_did(string html)
    {
        Assert.Equal(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " ")), HtmlText.Strip(html, " "));
        Assert.Equal(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", "")), HtmlText.Strip(html, ""));
    }

    [Theory]
    [MemberData(nameof(Fragments))]
    public void CollapseWhiteSpace_is_one_space_per_run_and_none_at_the_ends(string text) =>
        Assert.Equal(Regex.Replace(text, @"\s+", " ").Trim(), HtmlText.CollapseWhiteSpace(text));
}
