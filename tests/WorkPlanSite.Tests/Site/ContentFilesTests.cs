using WorkPlanSite.Diagnostics;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Site;

/// <summary>
/// Images and documents next to the content: a text links to them by a relative path, the site publishes them once
/// under its base path, an image keeps its place while it loads, a document link says its type and size, and every
/// mistake is reported at the link. The tiny site is published under a sub-path (<c>/sub/</c>), as GitHub Pages does.
/// </summary>
public sealed class ContentFilesTests
{
    private const string EnglishActivity = "en/programmes/prog/activities/act/index.html";
    private const string FrenchActivity = "fr/programmes/prog/activities/activite/index.html";

    private static string ActivityText(string body, string title = "Activity") => $"---\ntitle: {title}\nexpectedResults: A result.\n---\n\n{body}\n";

    public static TheoryData<string, byte[], int, int> Images => new()
    {
        { "photo.png", TestImages.Png(640, 480), 640, 480 },
        { "photo.jpg", TestImages.Jpeg(1024, 768), 1024, 768 },
        { "photo.jpeg", TestImages.Jpeg(300, 200, exifPadding: 70_000), 300, 200 },
        { "anim.gif", TestImages.Gif(120, 90), 120, 90 },
        { "lossy.webp", TestImages.WebP("VP8 ", 800, 600), 800, 600 },
        { "lossless.webp", TestImages.WebP("VP8L", 333, 222), 333, 222 },
        { "extended.webp", TestImages.WebP("VP8X", 4000, 3000), 4000, 3000 },
        { "sized.svg", TestImages.Svg("width=\"200px\" height=\"100\" viewBox=\"0 0 20 10\""), 200, 100 },
        { "boxed.svg", TestImages.Svg("viewBox=\"0 0 960 540\""), 960, 540 },
        { "half.svg", TestImages.Svg("width=\"480\" viewBox=\"0 0 960 540\""), 480, 270 },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public async Task An_image_next_to_the_text_is_published_under_the_base_path_with_its_width_and_height(string name, byte[] bytes, int width, int height)
    {
        using var site = new TinySite();
        site.WriteBytes("content/prog/activities/" + name, bytes);
        site.Write("content/prog/activities/act.en.md", ActivityText($"![A diagram of the plan]({name})"));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Warning);

        var image = Assert.Single(site.Built.Page(EnglishActivity).QuerySelectorAll("main img"));
        Assert.Equal("/sub/files/prog/activities/" + name, image.GetAttribute("src"));
        Assert.Equal("A diagram of the plan", image.GetAttribute("alt"));
        Assert.Equal(width.ToString(System.Globalization.CultureInfo.InvariantCulture), image.GetAttribute("width"));
        Assert.Equal(height.ToString(System.Globalization.CultureInfo.InvariantCulture), image.GetAttribute("height"));
        Assert.Null(image.GetAttribute("loading"));
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(site.Output, "files", "prog", "activities", name)));
    }

    [Fact]
    public async Task At_the_root_of_a_domain_the_file_is_published_at_the_root()
    {
        using var site = new TinySite(TinySite.DefaultConfig.Replace("https://example.org/sub/", "https://example.org/", StringComparison.Ordinal));
        site.WriteBytes("content/prog/activities/plan.png", TestImages.Png(10, 20));
        site.Write("content/prog/activities/act.en.md", ActivityText("![The plan](plan.png)"));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var built = new BuiltSite(site.Output, "https://example.org/");
        Assert.Equal("/files/prog/activities/plan.png", built.Page(EnglishActivity).QuerySelector("main img")!.GetAttribute("src"));
        Assert.True(built.Exists("files/prog/activities/plan.png"));
    }

    [Fact]
    public async Task Every_image_but_the_first_of_a_text_loads_lazily()
    {
        using var site = new TinySite();
        site.WriteBytes("content/prog/activities/one.png", TestImages.Png(10, 10));
        site.WriteBytes("content/prog/images/two.gif", TestImages.Gif(10, 10));
        site.Write("content/prog/activities/act.en.md", ActivityText("![First](one.png)\n\nText.\n\n![Second](../images/two.gif) and ![Third](https://example.com/x.png)"));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("not used", StringComparison.Ordinal));

        var images = site.Built.Page(EnglishActivity).QuerySelectorAll("main img").Select(i => (i.GetAttribute("src"), i.GetAttribute("loading"))).ToList();
        Assert.Equal([("/sub/files/prog/activities/one.png", null), ("/sub/files/prog/images/two.gif", "lazy"), ("https://example.com/x.png", "lazy")], images);
    }

    [Fact]
    public async Task A_document_link_says_its_type_and_size_in_the_language_of_the_page()
    {
        using var site = new TinySite();
        site.WriteBytes("content/prog/programme-2021.pdf", new byte[1_234_567]);
        site.WriteBytes("content/prog/activities/notes.odt", new byte[2_400]);
        site.Write("content/prog/activities/act.fr.md", "---\ntitle: Activité\nslug: activite\n---\n\nLire le [Programme signé (PDF)](../programme-2021.pdf) et [les notes](notes.odt).\n");
        site.Write("content/prog/activities/act.en.md", ActivityText("Read the [signed programme](../programme-2021.pdf)."));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var french = site.Built.Page(FrenchActivity).QuerySelectorAll("main a[href$='.pdf'], main a[href$='.odt']").ToList();
        Assert.Equal("/sub/files/prog/programme-2021.pdf", french[0].GetAttribute("href"));
        Assert.Equal("Programme signé (PDF, 1,2\u00A0Mo)", french[0].TextContent);
        Assert.Equal("(PDF, 1,2\u00A0Mo)", french[0].QuerySelector(".file-info")!.TextContent);
        Assert.Equal("les notes (ODT, 2\u00A0ko)", french[1].TextContent);
        var english = site.Built.Page(EnglishActivity).QuerySelector("main a[href$='.pdf']")!;
        Assert.Equal("signed programme (PDF, 1.2\u00A0MB)", english.TextContent);
        Assert.Equal(new FileInfo(site.PathOf("content/prog/programme-2021.pdf")).Length, new FileInfo(Path.Combine(site.Output, "files", "prog", "programme-2021.pdf")).Length);
    }

    [Fact]
    public async Task A_file_whose_name_has_spaces_and_accents_is_published_at_an_escaped_address()
    {
        using var site = new TinySite();
        site.WriteBytes("content/prog/activities/Rapport annuel été.pdf", new byte[500]);
        site.Write("content/prog/activities/act.en.md", ActivityText("The [annual report](<Rapport annuel été.pdf>)."));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("/sub/files/prog/activities/Rapport%20annuel%20%C3%A9t%C3%A9.pdf", site.Built.Page(EnglishActivity).QuerySelector("main a[href$='.pdf']")!.GetAttribute("href"));
        Assert.True(site.Built.Exists("files/prog/activities/Rapport annuel été.pdf"));
    }

    [Fact]
    public async Task Files_linked_from_a_programme_introduction_and_an_objective_in_two_languages_are_published_once()
    {
        using var site = new TinySite();
        site.WriteBytes("content/prog/quatre-p.svg", TestImages.Svg("viewBox=\"0 0 400 300\""));
        site.Write("content/prog/programme.fr.md", "---\ntitle: Programme\norganisation: Réseau\nthemes:\n  people:\n    name: Personnes\n---\n\n![Les quatre P](quatre-p.svg)\n");
        site.Write("content/prog/programme.en.md", "---\ntitle: Programme EN\norganisation: Network\nthemes:\n  people:\n    name: People\n---\n\n![The four P](quatre-p.svg)\n");
        site.Write("content/prog/objectives/obj.en.md", "---\ntitle: Objective\n---\n\n![The four P again](../quatre-p.svg)\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("Les quatre P", site.Built.Page("fr/programmes/prog/index.html").QuerySelector("main img[src='/sub/files/prog/quatre-p.svg']")!.GetAttribute("alt"));
        Assert.NotNull(site.Built.Page("en/programmes/prog/objectives/obj/index.html").QuerySelector("main img[src='/sub/files/prog/quatre-p.svg'][width='400'][height='300']"));
        Assert.Single(Directory.EnumerateFiles(Path.Combine(site.Output, "files"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_missing_image_is_an_error_at_its_line_and_column_and_nothing_is_written()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.en.md", ActivityText("Intro.\n\nThe plan: ![The four P](quatre-p.svg)"));
        foreach (var result in new[] { await site.BuildAsync(), await site.CheckAsync() })
        {
            var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal(new SourcePosition("content/prog/activities/act.en.md", 8, 11), error.Position);
            Assert.Contains("'content/prog/activities/quatre-p.svg', which does not exist", error.Message, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task A_missing_document_is_reported_with_the_other_content_errors()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.yaml", "code: \"1.1\"\norder: 1\nthemes: [nobody]\n");
        site.Write("content/prog/activities/act.en.md", ActivityText("See [the signed programme](programme.pdf)."));
        var result = await site.CheckAsync();
        Assert.Contains(result.Diagnostics, e => e.Severity == Severity.Error && e.Position == new SourcePosition("content/prog/activities/act.en.md", 6, 5));
        Assert.Contains(result.Diagnostics, e => e.Severity == Severity.Error && e.Position.Path == "content/prog/activities/act.yaml");
    }

    [Fact]
    public async Task An_image_without_a_text_alternative_is_a_warning_at_the_image_and_a_decorative_one_is_not()
    {
        using var site = new TinySite();
        site.WriteBytes("content/prog/activities/photo.png", TestImages.Png(10, 10));
        site.WriteBytes("content/prog/activities/border.png", TestImages.Png(10, 2));
        site.Write("content/prog/activities/act.en.md", ActivityText("![](photo.png)\n\n![](border.png \"decorative\")"));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.Equal(new SourcePosition("content/prog/activities/act.en.md", 6, 1), warning.Position);
        Assert.Contains("no text alternative", warning.Message, StringComparison.Ordinal);
        Assert.Contains("\"decorative\"", warning.Hint, StringComparison.Ordinal);

        var border = site.Built.Page(EnglishActivity).QuerySelector("main img[src$='border.png']")!;
        Assert.Equal("", border.GetAttribute("alt"));
        Assert.Null(border.GetAttribute("title"));
    }

    [Fact]
    public async Task Files_over_the_size_limit_are_warned_about_with_a_hint()
    {
        using var site = new TinySite();
        var photo = TestImages.Png(6000, 4000);
        Array.Resize(ref photo, 1_500_000);
        site.WriteBytes("content/prog/activities/photo.png", photo);
        site.WriteBytes("content/prog/activities/archive.zip", new byte[10_000_001]);
        site.Write("content/prog/activities/act.en.md", ActivityText("![A photo](photo.png)\n\nThe [archive](archive.zip)."));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warnings = result.Diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Equal(new SourcePosition("content/prog/activities/act.en.md", 6, 1), warnings[0].Position);
        Assert.Contains("1.5 MB, more than the 1 MB", warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("2,000 pixels", warnings[0].Hint, StringComparison.Ordinal);
        Assert.Equal(new SourcePosition("content/prog/activities/act.en.md", 8, 5), warnings[1].Position);
        Assert.Contains("more than the 10 MB", warnings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_whose_size_cannot_be_read_is_warned_about()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/broken.png", "not a PNG");
        site.Write("content/prog/activities/act.en.md", ActivityText("![A photo](broken.png)"));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.Contains("could not be read: it is not a valid PNG file", warning.Message, StringComparison.Ordinal);
        Assert.Null(site.Built.Page(EnglishActivity).QuerySelector("main img")!.GetAttribute("width"));
    }

    [Fact]
    public async Task Files_that_no_text_links_to_are_reported_by_check_and_not_published()
    {
        using var site = new TinySite();
        site.WriteBytes("content/prog/activities/used.png", TestImages.Png(4, 4));
        site.WriteBytes("content/prog/activities/draft.pdf", new byte[10]);
        site.WriteBytes("content/prog/old/photo.jpg", TestImages.Jpeg(4, 4));
        site.Write("content/prog/activities/.hidden", "x");
        site.Write("content/prog/activities/act.en.md", ActivityText("![Used](used.png)"));

        var check = await site.CheckAsync();
        Assert.True(check.Succeeded, string.Join("\n", check.Diagnostics));
        Assert.Equal(
            ["content/prog/activities/draft.pdf:1:1: warning: This file is not used: no text links to it, so it is not published.",
             "content/prog/old/photo.jpg:1:1: warning: This file is not used: no text links to it, so it is not published."],
            check.Diagnostics.Select(d => d.ToString().Split(" Link to it", 2)[0]).ToList());

        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.Equal(["files/prog/activities/used.png"], Directory.EnumerateFiles(Path.Combine(site.Output, "files"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/')).ToList());
    }

    [Fact]
    public async Task A_file_reached_through_a_symbolic_link_or_hidden_is_refused()
    {
        using var site = new TinySite();
        site.Write("outside.txt", "secret");
        File.CreateSymbolicLink(site.PathOf("content/prog/activities/link.txt"), site.PathOf("outside.txt"));
        site.Write("content/prog/activities/.env", "secret");
        site.Write("content/prog/activities/act.en.md", ActivityText("[a](link.txt) [b](.env)"));
        var errors = (await site.CheckAsync()).Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains("symbolic link", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("hidden file", errors[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("drawing.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><script>alert(1)</script></svg>", "<script>")]
    [InlineData("drawing.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\" onload=\"alert(1)\"/>", "'onload'")]
    [InlineData("drawing.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:x=\"http://www.w3.org/1999/xlink\"><a x:href=\"jav&#x09;ascript:alert(1)\"><rect/></a></svg>", "script address")]
    [InlineData("drawing.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p></foreignObject></svg>", "<foreignObject>")]
    [InlineData("page.html", "<p>hello</p>", "HTML file")]
    public async Task A_file_that_could_run_code_on_the_site_is_refused_unless_authors_are_trusted(string name, string content, string expected)
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/" + name, content);
        site.Write("content/prog/activities/act.en.md", ActivityText($"See [the file]({name})."));
        var error = Assert.Single((await site.CheckAsync()).Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(new SourcePosition("content/prog/activities/act.en.md", 6, 5), error.Position);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);

        using var trusted = new TinySite(TinySite.DefaultConfig.Replace("\"buildDate\"", "\"markdown\": { \"rawHtml\": \"trust\" },\n  \"buildDate\"", StringComparison.Ordinal));
        trusted.Write("content/prog/activities/" + name, content);
        trusted.Write("content/prog/activities/act.en.md", ActivityText($"See [the file]({name})."));
        Assert.True((await trusted.BuildAsync()).Succeeded);
    }
}
