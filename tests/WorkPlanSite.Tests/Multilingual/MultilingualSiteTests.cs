using System.Xml.Linq;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Tests.Site;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Multilingual;

/// <summary>A third language is configuration, UI strings and content; in both missing-translation modes no language link leads nowhere.</summary>
public sealed class MultilingualSiteTests
{
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace XhtmlNs = "http://www.w3.org/1999/xhtml";

    [Fact]
    public async Task A_third_language_needs_only_configuration_strings_and_content()
    {
        using var site = ThreeLanguageSite.Create();
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var polish = site.Built.Page("pl/programmes/prog/dzialania/dzialanie/index.html");
        Assert.Equal("pl", polish.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Działanie", polish.QuerySelector("h1")!.TextContent.Trim().Split(':').Last().Trim());
        Assert.Contains("31 maja – 4 czerwca 2021", polish.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(site.Built.Exists("pl/programmes/prog/kluczowe-daty/index.html"));
        Assert.Equal(3, result.PagesPerLanguage.Count);
    }

    [Theory]
    [InlineData("fallback")]
    [InlineData("omit")]
    public async Task No_link_alternate_switcher_or_sitemap_entry_leads_to_a_missing_page(string mode)
    {
        using var site = ThreeLanguageSite.Create(mode);
        Assert.True((await site.BuildAsync()).Succeeded);

        Assert.Empty(LinkChecker.BrokenLinks(site.Built));
        var sitemap = XDocument.Parse(site.Built.Text("sitemap.xml"));
        var urls = sitemap.Descendants(SitemapNs + "loc").Select(e => e.Value)
            .Concat(sitemap.Descendants(XhtmlNs + "link").Select(e => e.Attribute("href")!.Value))
            .ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.True(site.Built.Exists(site.Built.FileFor(url)!), $"{url} is in the sitemap but was not written"));
        Assert.All(site.Built.HtmlFiles, file =>
            Assert.All(site.Built.Page(file).QuerySelectorAll(".language-switcher a[href]"), link =>
                Assert.True(site.Built.Exists(site.Built.FileFor(link.GetAttribute("href")!)!), $"{file}: switcher link {link.GetAttribute("href")}")));
    }

    [Fact]
    public async Task In_omit_mode_missing_pages_do_not_exist_and_lists_leave_them_out()
    {
        using var site = ThreeLanguageSite.Create("omit");
        Assert.True((await site.BuildAsync()).Succeeded);

        Assert.False(site.Built.Exists("en/programmes/prog/activities/act/index.html"));
        Assert.False(site.Built.Exists("pl/programmes/prog/objectives/obj/index.html"));
        var english = site.Built.Page("en/programmes/prog/index.html");
        Assert.DoesNotContain("Activité", english.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Other activity", english.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fallback_pages_carry_the_notice_in_the_readers_language_and_the_original_lang()
    {
        using var site = ThreeLanguageSite.Create();
        Assert.True((await site.BuildAsync()).Succeeded);

        var polish = site.Built.Page("pl/programmes/prog/objectives/obj/index.html");
        Assert.Equal("pl", polish.DocumentElement.GetAttribute("lang"));
        Assert.Equal("fr", polish.QuerySelector("main article")!.GetAttribute("lang"));
        Assert.Contains("nie została jeszcze przetłumaczona na język polski", polish.QuerySelector(".notice--fallback")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["en", "fr", "x-default"], polish.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("hreflang")).Order(StringComparer.Ordinal).ToList());

        var english = site.Built.Page("en/programmes/prog/activities/act/index.html");
        Assert.Equal("fr", english.QuerySelector("main article")!.GetAttribute("lang"));
        Assert.Contains("has not been translated into English", english.QuerySelector(".notice--fallback")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["fr", "pl", "x-default"], english.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("hreflang")).Order(StringComparer.Ordinal).ToList());
    }

    [Theory]
    [InlineData("fallback")]
    [InlineData("omit")]
    public async Task Translated_slugs_round_trip_through_the_switcher(string mode)
    {
        using var site = ThreeLanguageSite.Create(mode);
        Assert.True((await site.BuildAsync()).Succeeded);

        var french = "fr/programmes/prog/activites/autre/index.html";
        var expected = new Dictionary<string, string>
        {
            ["en"] = "en/programmes/prog/activities/other-one/index.html",
            ["pl"] = "pl/programmes/prog/dzialania/inne/index.html",
        };
        foreach (var (language, file) in expected)
        {
            var link = site.Built.Page(french).QuerySelector($".language-switcher a[hreflang={language}]")!;
            Assert.Equal(file, site.Built.FileFor(link.GetAttribute("href")!));
            var back = site.Built.Page(file).QuerySelector(".language-switcher a[hreflang=fr]")!;
            Assert.Equal(french, site.Built.FileFor(back.GetAttribute("href")!));
        }
    }

    [Fact]
    public async Task A_UI_string_missing_in_a_language_is_a_warning_naming_key_and_language_and_shows_the_default_text()
    {
        using var site = ThreeLanguageSite.Create();
        var result = await site.BuildAsync();

        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Warning
            && d.Message.Contains("'site.breadcrumbs'", StringComparison.Ordinal) && d.Message.Contains("'pl'", StringComparison.Ordinal));
        var polish = site.Built.Page("pl/programmes/prog/index.html");
        Assert.Equal("Fil d'Ariane", polish.QuerySelector("nav.breadcrumbs")!.GetAttribute("aria-label"));
        Assert.Equal("Przejdź do treści", polish.QuerySelector(".skip-link")!.TextContent);
        Assert.DoesNotContain(site.Built.HtmlFiles, file => site.Built.Text(file).Contains("site.breadcrumbs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_site_overrides_single_theme_strings_and_is_warned_about_keys_the_theme_does_not_use()
    {
        using var site = new TinySite();
        site.Write("i18n/en.yaml", "nav:\n  home: Start here\n  hom: typo\n");
        var result = await site.BuildAsync();

        Assert.True(result.Succeeded);
        Assert.Contains("Start here", site.Built.Page("en/programmes/prog/index.html").QuerySelector("nav.breadcrumbs")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Skip to content", site.Built.Page("en/index.html").QuerySelector(".skip-link")!.TextContent);
        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("'nav.hom'", StringComparison.Ordinal));
        Assert.Equal("i18n/en.yaml", warning.Position.Path);
        Assert.Contains("nav.home", warning.Hint, StringComparison.Ordinal);
    }
}
