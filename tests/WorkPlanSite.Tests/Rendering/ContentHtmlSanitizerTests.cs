using WorkPlanSite.Rendering;

namespace WorkPlanSite.Tests.Rendering;

/// <summary>The sanitizer's rules, input then expected output, as Markdig writes its specs.</summary>
public sealed class ContentHtmlSanitizerTests
{
    private static readonly ContentHtmlSanitizer Sanitizer = new();

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
    [InlineData("<table><tr><td style=\"text-align: right;\">1</td><td style=\"color: red\">2</td></tr></table>", "<table><tbody><tr><td style=\"text-align: right\">1</td><td>2</td></tr></tbody></table>")]
    [InlineData("<svg><script>alert(1)</script></svg>ok", "ok")]
    [InlineData("<!-- comment -->text", "text")]
    [InlineData("<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>", "")]
    [InlineData("<form><button formaction=\"javascript:alert(1)\">X</button></form>after", "after")]
    public void Keeps_only_allowed_markup(string input, string expected) =>
        Assert.Equal(expected, Sanitizer.Sanitize(input).Html);

    /// <summary>Cases of the OWASP XSS filter evasion cheat sheet, with what is left of them.</summary>
    [Theory]
    [InlineData("<SCRIPT a=\">\" SRC=\"https://xss.example/xss.js\"></SCRIPT>after", "after")]
    [InlineData("<SCRIPT>document.write(\"<SCRI\");</SCRIPT>PT SRC=\"https://xss.example/xss.js\"></SCRIPT>", "PT SRC=\"https://xss.example/xss.js\"&gt;")]
    [InlineData("<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>text", "text")]
    [InlineData("<IMG SRC=javascript:alert(&quot;XSS&quot;)>", "<img>")]
    [InlineData("<IMG SRC='vbscript:msgbox(\"XSS\")'>", "<img>")]
    [InlineData("<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">", "<img>")]
    [InlineData("<a href=\"javascript&#x3A;alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"javas&#99;ript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"  &#x0B;javascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"https://example.org/\" rel=\"opener\">x</a>", "<a href=\"https://example.org/\" rel=\"noopener noreferrer\">x</a>")]
    [InlineData("<DIV STYLE=\"background-image: url(&#1;javascript:alert('XSS'))\">x</DIV>", "<div>x</div>")]
    [InlineData("<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">", "<img>")]
    [InlineData("<table><tr><td style=\"text-align: center; width: expression(alert(1))\">x</td></tr></table>", "<table><tbody><tr><td style=\"text-align: center\">x</td></tr></tbody></table>")]
    [InlineData("<BR SIZE=\"&{alert('XSS')}\">", "<br>")]
    [InlineData("<marquee><script>alert(1)</script>text</marquee>", "text")]
    [InlineData("<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">after", "after")]
    [InlineData("<META HTTP-EQUIV=\"refresh\" CONTENT=\"0; URL=https://;URL=javascript:alert('XSS');\">after", "after")]
    // Read as a browser with scripts on reads it: <noscript> holds raw text up to its end tag, so the image is outside it.
    [InlineData("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", "<img src=\"x\">\"&gt;")]
    public void Leaves_nothing_active_of_filter_evasion_attempts(string input, string expected) =>
        Assert.Equal(expected, Sanitizer.Sanitize(input).Html);

    [Fact]
    public void Says_what_it_removed_in_the_order_found_without_repeats()
    {
        var result = Sanitizer.Sanitize("<script>1</script><p onclick=x>a</p><script>2</script><a href=\"vbscript:x\">b</a>");
        Assert.Equal(["<script>", "onclick attribute (script)", "vbscript: address"], result.Removed.ToArray());
    }

    [Theory]
    [InlineData("<svg><script>alert(1)</script></svg>", "<svg>")]
    [InlineData("<marquee onstart=x><script>alert(1)</script></marquee>", "<script>")]
    [InlineData("<table><tr><td style=\"color: red\">1</td></tr></table>", "style attribute (color)")]
    [InlineData("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">", "data: address")]
    [InlineData("<a href=\"x\" target=\"_blank\">x</a>", "target attribute")]
    public void Tells_what_the_author_wrote_not_what_went_with_it(string input, string removed) =>
        Assert.Equal([removed], Sanitizer.Sanitize(input).Removed.ToArray());

    [Fact]
    public void Unknown_elements_and_comments_go_without_a_warning()
    {
        var result = Sanitizer.Sanitize("<center><font color=red>red</font></center><!-- a note -->");
        Assert.Equal("red", result.Html);
        Assert.Empty(result.Removed);
    }

    [Fact]
    public void One_sanitizer_serves_many_threads_each_call_reporting_only_its_own_removals()
    {
        string[] inputs = ["<p onclick=x>a</p>", "<script>1</script>b", "<a href=\"vbscript:x\">c</a>", "<em>d</em>"];
        var expected = inputs.Select(Sanitizer.Sanitize).ToArray();
        var results = new SanitizedHtml[400];
        Parallel.For(0, results.Length, i => results[i] = Sanitizer.Sanitize(inputs[i % inputs.Length]));
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % inputs.Length].Html, results[i].Html);
            Assert.Equal(expected[i % inputs.Length].Removed.ToArray(), results[i].Removed.ToArray());
        }
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
        Assert.Equal(scheme, UrlScheme.Of(url));

    [Theory]
    [InlineData(5, "<div><div><span>x</span><br><p>a<p>b</div></div><div><div><div><div><div>")]
    [InlineData(1, "<ul><li>a<li>b</ul><ul><li>c</ul>")]
    public void Measures_nesting_without_parsing(int depth, string html) =>
        Assert.Equal(depth, HtmlNesting.Depth(html));
}
