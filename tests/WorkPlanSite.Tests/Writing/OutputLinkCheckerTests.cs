using WorkPlanSite.Writing;

namespace WorkPlanSite.Tests.Writing;

/// <summary>The output link check on a handful of files in memory.</summary>
public sealed class OutputLinkCheckerTests
{
    private static readonly Uri BaseUrl = new("https://org.github.io/repo/");

    private static IReadOnlyList<string> Broken(string html) =>
        OutputLinkChecker.Check(
            [
                OutputFile.Text("fr/index.html", html),
                OutputFile.Text("fr/programmes/x/index.html", "<h2 id=\"themes\">Thèmes</h2><a name=\"old\"></a>"),
                OutputFile.Text("assets/style.css", "body{}"),
            ],
            BaseUrl).Select(b => $"{b.Target}: {b.Reason}").ToList();

    [Theory]
    [InlineData("<a href=\"/repo/fr/programmes/x/\">ok</a>")]
    [InlineData("<a href=\"/repo/fr/programmes/x/#themes\">id</a>")]
    [InlineData("<a href=\"/repo/fr/programmes/x/#old\">a name</a>")]
    [InlineData("<a href=\"/repo/fr/programmes/x\">folder without its final slash</a>")]
    [InlineData("<link rel=\"stylesheet\" href=\"/repo/assets/style.css?v=1\">")]
    [InlineData("<link rel=\"canonical\" href=\"https://org.github.io/repo/fr/\">")]
    [InlineData("<a href=\"https://org.github.io/other-repo/\">another project on the same host</a>")]
    [InlineData("<a href=\"https://example.com/missing\">another site</a><a href=\"mailto:a@b.c\">mail</a>")]
    [InlineData("<p id=\"here\"><a href=\"#here\">fragment</a> <a href=\"#\">top</a> <a href=\"#top\">top</a></p>")]
    [InlineData("<script>var s = '<a href=\"/repo/nowhere/\">';</script>")]
    [InlineData("<title><a href=\"/repo/nowhere/\"></title>")]
    public void Links_that_resolve_are_not_reported(string html) => Assert.Empty(Broken(html));

    [Theory]
    [InlineData("<a href=\"/repo/fr/nowhere/\">x</a>", "no file 'fr/nowhere/index.html' in the site")]
    [InlineData("<a href=\"/repo/fr/programmes/x/#objectives\">x</a>", "no element with id 'objectives' in fr/programmes/x/index.html")]
    [InlineData("<a href=\"#missing\">x</a>", "no element with id 'missing' on the page")]
    [InlineData("<a href=\"programmes/x/\">x</a>", "a relative link")]
    [InlineData("<img src=\"/assets/logo.png\">", "outside the site's base path '/repo/'")]
    [InlineData("<img src=\"https://org.github.io/repo/assets/logo.png\">", "no file 'assets/logo.png' in the site")]
    public void Broken_links_are_reported_with_the_reason(string html, string reason)
    {
        var broken = Assert.Single(Broken(html));
        Assert.Contains(reason, broken, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_link_names_its_page_line_and_column()
    {
        var broken = Assert.Single(OutputLinkChecker.Check([OutputFile.Text("en/index.html", "<html>\n<body>\n  <a href=\"/repo/x/\">x</a>")], BaseUrl));
        Assert.Equal(("en/index.html", 3), (broken.File, broken.Line));
        Assert.InRange(broken.Column, 1, 3);
    }

    // The pages are read by a scanner of our own (PageLinkScanner): what it must read as the HTML tokenizer does.

    [Theory]
    [InlineData("<a href='/repo/nowhere/'>single quotes</a>")]
    [InlineData("<a href=/repo/nowhere/>unquoted</a>")]
    [InlineData("<a download href=/repo/nowhere/>after a valueless attribute</a>")]
    [InlineData("<a title=\"a > b\" href=\"/repo/nowhere/\">'>' inside a quoted value</a>")]
    [InlineData("<a title='say \"hi\"' href=\"/repo/nowhere/\">the other quote inside a value</a>")]
    [InlineData("<A HREF=\"/repo/nowhere/\">upper case</A>")]
    [InlineData("<a\nclass=\"x\"\n  href = \"/repo/nowhere/\">spaces and new lines around '='</a>")]
    [InlineData("<img alt=\"\" src=\"/repo/nowhere.png\"/>")]
    [InlineData("<script>if (a < b) {}</script><a href=\"/repo/nowhere/\">after a script</a>")]
    [InlineData("<!-- <a href=\"/repo/fr/\"> --><a href=\"/repo/nowhere/\">after a comment</a>")]
    [InlineData("<!DOCTYPE html><a href=\"/repo/nowhere/\">after a doctype</a>")]
    [InlineData("<p>1 < 2</p><a href=\"/repo/nowhere/\">after a '<' in text</a>")]
    public void Links_are_read_in_every_form_of_attribute(string html) =>
        Assert.Matches("^/repo/nowhere(/|.png): no file 'nowhere(/index.html|.png)' in the site$", Assert.Single(Broken(html)));

    [Theory]
    [InlineData("<script>document.write('<a href=\"/repo/nowhere/\">');</script>")]
    [InlineData("<SCRIPT type=\"module\">let a = '<a href=/repo/nowhere/>'</ScRiPt >")]
    [InlineData("<style>a[href=\"/repo/nowhere/\"] { color: red }</style>")]
    [InlineData("<textarea><a href=\"/repo/nowhere/\"></textarea>")]
    [InlineData("<noscript-like><!-- <a href=\"/repo/nowhere/\"> --></noscript-like>")]
    [InlineData("<!--><a href=\"/repo/fr/programmes/x/\">after an empty comment</a>")]
    [InlineData("<div hidden><a title=\"x\" href=\"/repo/fr/programmes/x/\" href=\"/repo/nowhere/\">the first of two hrefs</a></div>")]
    [InlineData("<div href=\"/repo/nowhere/\">href counts on a, link and area only</div>")]
    [InlineData("<a href=\"/repo/fr/programmes/x/?a=1&amp;b=2\">an entity in a query</a>")]
    [InlineData("<a href=\"/repo/fr/programmes/x/&#35;themes\">an entity that is the fragment's '#'</a>")]
    [InlineData("<p ID=\"up\"><a href=\"#up\">an id in upper case</a></p>")]
    [InlineData("<p id='single'><a href=#single>an id in single quotes</a></p>")]
    [InlineData("<script></script")]
    public void Text_that_is_not_markup_is_not_read_for_links(string html) => Assert.Empty(Broken(html));

    [Fact]
    public void Entities_in_a_link_are_decoded_before_it_is_checked()
    {
        var broken = Assert.Single(Broken("<a href=\"/repo/fr/programmes/x/&#35;objectives\">x</a>"));
        Assert.Equal("/repo/fr/programmes/x/#objectives: no element with id 'objectives' in fr/programmes/x/index.html", broken);
    }

    [Fact]
    public void Lines_and_columns_are_those_of_each_element_start()
    {
        var html = "<!DOCTYPE html>\n<html>\n<script>\n\n</script>\n<p>x <a href=\"/repo/a/\">a</a>\n\t<img\n src=\"/repo/b.png\"><a href=\"/repo/c/\">c</a></p>";
        var broken = OutputLinkChecker.Check([OutputFile.Text("en/index.html", html)], BaseUrl);
        Assert.Equal(["/repo/a/ 6:6", "/repo/b.png 7:2", "/repo/c/ 8:20"], broken.Select(b => $"{b.Target} {b.Line}:{b.Column}"));
    }
}
