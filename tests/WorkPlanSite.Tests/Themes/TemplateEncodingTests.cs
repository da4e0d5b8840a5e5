using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Themes;

/// <summary>
/// Text written by a template is escaped with WorkPlanSite's encoder: only &lt; &gt; &amp; and " become entities, in
/// element text and in attributes; French and every other language is written as characters, apostrophes too.
/// </summary>
public sealed class TemplateEncodingTests
{
    [Fact]
    public async Task Only_the_characters_HTML_requires_are_escaped_in_text_and_in_attributes()
    {
        using var site = new TinySite();
        site.Write("content/prog/programme.fr.md", "---\ntitle: \"Réseau d'action « Europe » – 2021 & <Co> \\\"x\\\" 🌍 ١٢\"\norganisation: Réseau\nthemes:\n  people:\n    name: Personnes\n---\n\nIntroduction.\n");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = site.Built.Text("fr/programmes/prog/index.html");
        const string Escaped = "Réseau d'action « Europe » – 2021 &amp; &lt;Co&gt; &quot;x&quot; 🌍 ١٢";
        Assert.Contains($"<h1>{Escaped}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:title\" content=\"{Escaped}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
        Assert.Equal("Réseau d'action « Europe » – 2021 & <Co> \"x\" 🌍 ١٢", site.Built.Page("fr/programmes/prog/index.html").QuerySelector("h1")!.TextContent);
    }
}
