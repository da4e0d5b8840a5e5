using WorkPlanSite.Diagnostics;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Site;

/// <summary>A page written only in French, in the two modes a site owner can choose.</summary>
public sealed class MissingTranslationTests
{
    private const string EnglishActivity = "en/programmes/prog/activities/act/index.html";

    [Fact]
    public async Task In_fallback_mode_the_page_exists_with_a_notice_and_the_original_language()
    {
        using var site = new TinySite();
        site.Delete("content/prog/activities/act.en.md");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("no translation in 'en'", StringComparison.Ordinal));

        var page = site.Built.Page(EnglishActivity);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("fr", page.QuerySelector("main article")!.GetAttribute("lang"));
        Assert.Contains("has not been translated into English", page.QuerySelector(".notice--fallback")!.TextContent, StringComparison.Ordinal);
        var alternates = page.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("hreflang")).ToList();
        Assert.Equal(["fr", "x-default"], alternates);
        Assert.Equal("https://example.org/sub/fr/programmes/prog/activities/activite/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.DoesNotContain("/sub/en/programmes/prog/activities/act/", site.Built.Text("sitemap.xml"), StringComparison.Ordinal);
        Assert.Empty(LinkChecker.BrokenLinks(site.Built));
    }

    [Fact]
    public async Task In_omit_mode_the_page_does_not_exist_and_nothing_links_to_it()
    {
        using var site = new TinySite(TinySite.DefaultConfig.Replace("\"buildDate\"", "\"missingTranslations\": \"omit\",\n  \"buildDate\"", StringComparison.Ordinal));
        site.Delete("content/prog/activities/act.en.md");
        Assert.True((await site.BuildAsync()).Succeeded);

        Assert.False(site.Built.Exists(EnglishActivity));
        Assert.DoesNotContain(site.Built.HtmlFiles.Where(f => f.StartsWith("en/", StringComparison.Ordinal)), f => site.Built.Text(f).Contains("/activities/act/", StringComparison.Ordinal));
        var french = site.Built.Page("fr/programmes/prog/activities/activite/index.html");
        var english = french.QuerySelector(".language-switcher a[hreflang=en]")!;
        Assert.Equal("/sub/en/programmes/prog/", english.GetAttribute("href"));
        Assert.Equal(["fr", "x-default"], french.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("hreflang")).ToList());
        Assert.Empty(LinkChecker.BrokenLinks(site.Built));
    }
}
