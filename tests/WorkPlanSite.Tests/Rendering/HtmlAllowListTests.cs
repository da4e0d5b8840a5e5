using WorkPlanSite.Rendering;

namespace WorkPlanSite.Tests.Rendering;

/// <summary>The sanitizer's rules, input then expected output, as Markdig writes its specs.</summary>
public sealed class HtmlAllowListTests
{
    private readonly HtmlAllowList _allowList = new();

    [Theory]
    [InlineData("<p>Text <em>kept</em>.</p>", "<p>Text <em>kept</em>.</p>")]
    [InlineData("<p>a<script>alert(1)</script>b</p>", "<p>ab</p>")]
    [InlineData("<div onclick=\"alert(1)\" class=\"box\">x</div>", "<div class=\"box\">x</div>")]
    [InlineData("<font color=red>red</font>", "red")]
    [InlineData("<center><b onmouseover=x>bold</b></center>", "<b>bold</b>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\" &#14; javascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"https://example.org/\">x</a>", "<a href=\"https://example.org/\" rel=\"noopener noreferrer\">x</a>")]
    [InlineData("<a href=\"/sub/fr/\" target=\"_blank\">x</a>", "<a href=\"/sub/fr/\">x</a>")]
    [InlineData("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\">", "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\">")]
    [InlineData("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\" alt=\"x\">", "<img alt=\"x\">")]
    [InlineData("<a href=\"data:image/png;base64,iVBORw0KGgo=\">x</a>", "<a>x</a>")]
    [InlineData("<td style=\"text-align: right;\">1</td>", "1")]
    [InlineData("<table><tr><td style=\"text-align: right;\">1</td><td style=\"color: red\">2</td></tr></table>", "<table><tbody><tr><td style=\"text-align: right;\">1</td><td>2</td></tr></tbody></table>")]
    [InlineData("<svg><script>alert(1)</script></svg>ok", "ok")]
    [InlineData("<!-- comment -->text", "text")]
    [InlineData("<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>", "")]
    [InlineData("<form><button formaction=\"javascript:alert(1)\">X</button></form>after", "after")]
    public void Keeps_only_allowed_markup(string input, string expected) =>
        Assert.Equal(expected, _allowList.Sanitize(input).Html);

    [Fact]
    public void Says_what_it_removed_in_the_order_found_without_repeats()
    {
        var result = _allowList.Sanitize("<script>1</script><p onclick=x>a</p><script>2</script><a href=\"vbscript:x\">b</a>");
        Assert.Equal(["<script>", "onclick attribute (script)", "vbscript: address"], result.Removed.ToArray());
    }

    [Theory]
    [InlineData("https://example.org/", "https")]
    [InlineData("JavaScript:alert(1)", "javascript")]
    [InlineData("java\nscript:alert(1)", "javascript")]
    [InlineData("\u0001 javascript:alert(1)", "javascript")]
    [InlineData("../activities/a.md", "")]
    [InlineData("a/b:c", "")]
    [InlineData("#top", "")]
    [InlineData("1http:x", "invalid")]
    public void Reads_the_scheme_as_a_browser_does(string url, string scheme) =>
        Assert.Equal(scheme, HtmlAllowList.SchemeOf(url));

    [Theory]
    [InlineData(5, "<div><div><span>x</span><br><p>a<p>b</div></div><div><div><div><div><div>")]
    [InlineData(1, "<ul><li>a<li>b</ul><ul><li>c</ul>")]
    public void Measures_nesting_without_parsing(int depth, string html) =>
        Assert.Equal(depth, HtmlNesting.Depth(html));
}
