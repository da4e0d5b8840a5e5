using WorkPlanSite.Diagnostics;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Site;

/// <summary>
/// The organisation's identity from <c>site.config.json</c>: its logo in the header with a text alternative per
/// language, its favicon, its name and address in the footer, and the image shared with a link to each page. Every
/// file is checked when the configuration is read. The tiny site is published under a sub-path (<c>/sub/</c>).
/// </summary>
public sealed class SiteIdentityTests
{
    private const string EnglishActivity = "en/programmes/prog/activities/act/index.html";

    private const string Identity = """
          "identity": {
            "logo": { "file": "branding/logo.svg", "alt": { "fr": "Réseau des villes", "en": "Network of cities" } },
            "favicon": "branding/favicon.png",
            "organisation": {
              "name": { "fr": "Réseau des villes", "en": "Network of cities" },
              "address": "1 square de Meeûs\nB-1000 Bruxelles",
              "email": "contact@example.org"
            }
          },
        """;

    private static TinySite WithIdentity(string identity = Identity, string baseUrl = "https://example.org/sub/")
    {
        var site = new TinySite(TinySite.DefaultConfig
            .Replace("  \"buildDate\"", identity + "\n  \"buildDate\"", StringComparison.Ordinal)
            .Replace("https://example.org/sub/", baseUrl, StringComparison.Ordinal));
        site.WriteBytes("branding/logo.svg", TestImages.Svg("viewBox=\"0 0 120 40\""));
        site.WriteBytes("branding/favicon.png", TestImages.Png(32, 32));
        return site;
    }

    [Fact]
    public async Task The_logo_is_in_the_header_with_its_text_alternative_in_the_language_of_the_page()
    {
        using var site = WithIdentity();
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);

        foreach (var (page, alt) in new[] { ("fr/index.html", "Réseau des villes"), ("en/index.html", "Network of cities"), (EnglishActivity, "Network of cities") })
        {
            var title = site.Built.Page(page).QuerySelector("header a.site-title")!;
            Assert.Equal(page.StartsWith("fr", StringComparison.Ordinal) ? "/sub/fr/" : "/sub/en/", title.GetAttribute("href"));
            var logo = title.QuerySelector("img")!;
            Assert.Equal("/sub/site/branding/logo.svg", logo.GetAttribute("src"));
            Assert.Equal(alt, logo.GetAttribute("alt"));
            Assert.Equal("120", logo.GetAttribute("width"));
            Assert.Equal("40", logo.GetAttribute("height"));
            Assert.Equal(page.StartsWith("fr", StringComparison.Ordinal) ? "Site" : "Site EN", title.QuerySelector(".site-title__name")!.TextContent);
        }

        Assert.Equal(TestImages.Svg("viewBox=\"0 0 120 40\""), File.ReadAllBytes(Path.Combine(site.Output, "site", "branding", "logo.svg")));
    }

    [Fact]
    public async Task The_favicon_is_linked_from_every_page()
    {
        using var site = WithIdentity();
        Assert.True((await site.BuildAsync()).Succeeded);
        foreach (var page in site.Built.HtmlFiles)
        {
            var icon = site.Built.Page(page).QuerySelector("head link[rel=icon]")!;
            Assert.Equal("/sub/site/branding/favicon.png", icon.GetAttribute("href"));
            Assert.Equal("image/png", icon.GetAttribute("type"));
        }

        Assert.True(site.Built.Exists("site/branding/favicon.png"));
    }

    [Fact]
    public async Task The_footer_gives_the_organisations_name_and_contact_address_in_the_language_of_the_page()
    {
        using var site = WithIdentity();
        Assert.True((await site.BuildAsync()).Succeeded);
        var contact = site.Built.Page("fr/index.html").QuerySelector("footer address")!;
        Assert.Equal("Réseau des villes", contact.QuerySelector("strong")!.TextContent);
        Assert.Equal(["1 square de Meeûs", "B-1000 Bruxelles"], contact.QuerySelectorAll(".site-footer__line").Select(l => l.TextContent).ToList());
        Assert.Equal("mailto:contact@example.org", contact.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Network of cities", site.Built.Page("en/index.html").QuerySelector("footer address strong")!.TextContent);
        Assert.Contains("Published with WorkPlanSite", site.Built.Page("en/index.html").QuerySelector("footer")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_shares_its_own_first_image_and_the_others_the_sites_as_absolute_addresses()
    {
        using var site = WithIdentity();
        site.WriteBytes("content/prog/activities/plan.png", TestImages.Png(1200, 630));
        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\n---\n\n![The plan in four steps](plan.png)\n");
        Assert.True((await site.BuildAsync()).Succeeded);

        string? Meta(string page, string property) => site.Built.Page(page).QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
        Assert.Equal("https://example.org/sub/files/prog/activities/plan.png", Meta(EnglishActivity, "og:image"));
        Assert.Equal("The plan in four steps", Meta(EnglishActivity, "og:image:alt"));
        Assert.Equal("1200", Meta(EnglishActivity, "og:image:width"));
        Assert.Equal("https://example.org/sub/site/branding/logo.svg", Meta("en/index.html", "og:image"));
        Assert.Equal("Network of cities", Meta("en/index.html", "og:image:alt"));
        Assert.Equal("https://example.org/sub/site/branding/logo.svg", Meta("fr/programmes/prog/activities/activite/index.html", "og:image"));
    }

    [Fact]
    public async Task A_shared_image_of_its_own_replaces_the_logo_for_pages_without_one()
    {
        using var site = WithIdentity(Identity.Replace("\"favicon\"", "\"image\": { \"file\": \"branding/share.png\", \"alt\": \"A city square\" },\n    \"favicon\"", StringComparison.Ordinal),
            baseUrl: "https://example.org/");
        site.WriteBytes("branding/share.png", TestImages.Png(1200, 630));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var built = new BuiltSite(site.Output, "https://example.org/");
        Assert.Equal("https://example.org/site/branding/share.png", built.Page("fr/index.html").QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal("/site/branding/logo.svg", built.Page("fr/index.html").QuerySelector("header img")!.GetAttribute("src"));
    }

    [Fact]
    public async Task Without_an_identity_the_header_shows_the_title_alone_and_no_image_is_shared()
    {
        using var site = new TinySite();
        Assert.True((await site.BuildAsync()).Succeeded);
        var page = site.Built.Page("en/index.html");
        Assert.Null(page.QuerySelector("header img"));
        Assert.Equal("Site EN", page.QuerySelector("header a.site-title")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("meta[property='og:image']"));
        Assert.Null(page.QuerySelector("link[rel=icon]"));
        Assert.Null(page.QuerySelector("footer address"));
    }

    [Fact]
    public async Task A_missing_logo_or_favicon_is_an_error_at_its_line_in_the_configuration()
    {
        using var site = WithIdentity();
        site.Delete("branding/logo.svg");
        site.Delete("branding/favicon.png");
        var result = await site.CheckAsync();
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();
        var lines = File.ReadAllLines(site.PathOf("site.config.json"));
        var logoLine = Array.FindIndex(lines, l => l.Contains("\"logo\"", StringComparison.Ordinal)) + 1;
        var faviconLine = Array.FindIndex(lines, l => l.Contains("\"favicon\"", StringComparison.Ordinal)) + 1;
        Assert.Equal(
            [$"site.config.json:{logoLine}:15: error: The logo 'branding/logo.svg' does not exist. Check the file name; the path starts from the folder of site.config.json.",
             $"site.config.json:{faviconLine}:5: error: The favicon 'branding/favicon.png' does not exist. Check the file name; the path starts from the folder of site.config.json."],
            errors);
        Assert.False((await site.BuildAsync()).Succeeded);
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("\"logo\": { \"file\": \"branding/logo.svg\" }", "The logo has no text alternative.")]
    [InlineData("\"logo\": { \"file\": \"branding/logo.gif\", \"alt\": \"x\" }", "The logo must be a SVG or PNG file, not 'logo.gif'.")]
    [InlineData("\"logo\": { \"file\": \"../outside.svg\", \"alt\": \"x\" }", "outside the site's folder")]
    [InlineData("\"favicon\": \"branding/broken.png\"", "cannot be read as a PNG image")]
    [InlineData("\"organisation\": { \"email\": \"not an address\" }", "is not an e-mail address")]
    [InlineData("\"logos\": { }", "Unknown key 'identity.logos'")]
    public async Task Every_identity_setting_is_checked_at_its_line(string identity, string expected)
    {
        using var site = WithIdentity($"  \"identity\": {{ {identity} }},");
        site.WriteBytes("branding/logo.gif", TestImages.Gif(10, 10));
        site.Write("branding/broken.png", "not a PNG");
        var error = Assert.Single((await site.CheckAsync()).Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("site.config.json", error.Position.Path);
        Assert.Equal(Array.FindIndex(File.ReadAllLines(site.PathOf("site.config.json")), l => l.Contains("\"identity\"", StringComparison.Ordinal)) + 1, error.Position.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_logo_kept_in_the_content_folder_is_not_reported_as_unused()
    {
        using var site = WithIdentity(Identity.Replace("branding/logo.svg", "content/logo.svg", StringComparison.Ordinal));
        site.WriteBytes("content/logo.svg", TestImages.Svg("viewBox=\"0 0 10 10\""));
        var result = await site.CheckAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }
}
