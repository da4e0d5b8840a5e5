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
}
