using WorkPlanSite.Diagnostics;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Site;

/// <summary>
/// Images and documents next to the site's own pages (<c>content/pages/</c>) and the home page's introduction are
/// published, completed and checked as those next to a programme's texts are; a page shares its own first image, else
/// the site's. The tiny site is published under a sub-path (<c>/sub/</c>).
/// </summary>
public sealed class OwnPageFilesTests
{
    private static string PageText(string title, string body) => $"---\ntitle: {title}\n---\n\n{body}\n";

    private static TinySite SiteWithLogo()
    {
        var site = new TinySite(TinySite.DefaultConfig.Replace("\"buildDate\"", "\"identity\": { \"logo\": { \"file\": \"branding/logo.svg\", \"alt\": \"Network\" } },\n  \"buildDate\"", StringComparison.Ordinal));
        site.WriteBytes("branding/logo.svg", TestImages.Svg("viewBox=\"0 0 64 64\""));
        return site;
    }

    [Fact]
    public async Task A_page_and_the_home_introduction_publish_the_images_and_documents_they_link_to()
    {
        using var site = SiteWithLogo();
        site.WriteBytes("content/pages/diagram.svg", TestImages.Svg("viewBox=\"0 0 960 540\""));
        site.WriteBytes("content/pages/about/statutes.pdf", new byte[2_500]);
        site.WriteBytes("content/map.png", TestImages.Png(300, 200));
        site.Write("content/pages/about.fr.md", PageText("À propos", "![Le schéma](diagram.svg)\n\nNos [statuts](about/statutes.pdf)."));
        site.Write("content/pages/about.en.md", PageText("About", "![The diagram](diagram.svg)\n\nOur [statutes](about/statutes.pdf)."));
        site.Write("content/pages/contact.fr.md", PageText("Contact", "Écrivez-nous."));
        site.Write("content/pages/contact.en.md", PageText("Contact", "Write to us."));
        site.Write("content/home.fr.md", "Bienvenue.\n");
        site.Write("content/home.en.md", "Where we work: ![A map of our members](map.png)\n");

        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);

        var about = site.Built.Page("en/about/index.html");
        var image = Assert.Single(about.QuerySelectorAll("main img"));
        Assert.Equal("/sub/files/pages/diagram.svg", image.GetAttribute("src"));
        Assert.Equal(("960", "540"), (image.GetAttribute("width"), image.GetAttribute("height")));
        var document = about.QuerySelectorAll("main a").Single(a => a.GetAttribute("href") == "/sub/files/pages/about/statutes.pdf");
        Assert.Contains("PDF", document.TextContent, StringComparison.Ordinal);
        Assert.True(site.Built.Exists("files/pages/diagram.svg"));
        Assert.True(site.Built.Exists("files/pages/about/statutes.pdf"));

        var home = site.Built.Page("en/index.html");
        Assert.Equal("/sub/files/map.png", home.QuerySelector("main img")!.GetAttribute("src"));
        Assert.True(site.Built.Exists("files/map.png"));

        // A page shares its own first image; a page without one, the site's (here its logo).
        Assert.Equal("https://example.org/sub/files/pages/diagram.svg", Meta(about, "og:image"));
        Assert.Equal("The diagram", Meta(about, "og:image:alt"));
        Assert.Equal("https://example.org/sub/files/map.png", Meta(home, "og:image"));
        Assert.Equal("https://example.org/sub/site/branding/logo.svg", Meta(site.Built.Page("en/contact/index.html"), "og:image"));
        Assert.Equal("https://example.org/sub/site/branding/logo.svg", Meta(site.Built.Page("fr/index.html"), "og:image"));
    }

    [Fact]
    public async Task Files_of_the_pages_folder_that_nothing_links_to_are_reported_by_check_and_a_folder_of_images_is_no_page_folder()
    {
        using var site = new TinySite();
        site.WriteBytes("content/pages/used.png", TestImages.Png(4, 4));
        site.WriteBytes("content/pages/old.png", TestImages.Png(4, 4));
        site.WriteBytes("content/pages/about/draft.pdf", new byte[10]);
        site.WriteBytes("content/pages/images/photo.jpg", TestImages.Jpeg(4, 4));
        site.Write("content/pages/about.fr.md", PageText("À propos", "![Utilisée](used.png)"));
        site.Write("content/pages/about.en.md", PageText("About", "![Used](used.png)"));

        var check = await site.CheckAsync();
        Assert.True(check.Succeeded, string.Join("\n", check.Diagnostics));
        Assert.Equal(
            ["content/pages/about/draft.pdf:1:1: warning: This file is not used: no text links to it, so it is not published.",
             "content/pages/images/photo.jpg:1:1: warning: This file is not used: no text links to it, so it is not published.",
             "content/pages/old.png:1:1: warning: This file is not used: no text links to it, so it is not published."],
            check.Diagnostics.Select(d => d.ToString().Split(" Link to it", 2)[0]).ToList());
    }

    [Fact]
    public async Task A_missing_image_in_a_page_is_an_error_at_its_line_and_column_even_when_the_build_stops_at_validation()
    {
        using var site = new TinySite();
        site.Write("content/pages/about.fr.md", PageText("À propos", "Texte."));
        site.Write("content/pages/about.en.md", PageText("About", "Text.\n\nSee ![the plan](plan.png)."));
        var error = Assert.Single((await site.CheckAsync()).Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(new SourcePosition("content/pages/about.en.md", 7, 5), error.Position);

        // With another error elsewhere, the links are checked on their own, and the linked image counts as used.
        site.WriteBytes("content/pages/plan.png", TestImages.Png(4, 4));
        site.Write("content/prog/activities/act.yaml", "code: \"1.1\"\norder: [1\n");
        var diagnostics = (await site.CheckAsync()).Diagnostics;
        Assert.Contains(diagnostics, d => d.Severity == Severity.Error && d.Position.Path == "content/prog/activities/act.yaml");
        Assert.DoesNotContain(diagnostics, d => d.Position.Path.StartsWith("content/pages/", StringComparison.Ordinal));
    }

    private static string? Meta(AngleSharp.Dom.IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
}
