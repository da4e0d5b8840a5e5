using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Themes;

/// <summary>
/// Text written by a template is escaped with .NET's HTML encoder allowed every Unicode range: French and every other
/// language is written as characters, in element text and in attributes, and what HTML requires (&lt; &gt; &amp; " ')
/// is escaped; the few characters the encoder always escapes (emoji beyond the Basic Multilingual Plane) become
/// numeric references, read back as the same text. Encoding is never turned off.
/// </summary>
public sealed class TemplateEncodingTests
{
    [Fact]
    public async Task Letters_of_every_language_are_written_as_characters_and_markup_is_escaped_in_text_and_attributes()
    {
        using var site = new TinySite();
        const string Title = "Réseau d'action « Europe » – 2021 & <Co> \"x\" 🌍 ١٢";
        site.Write("content/prog/programme.fr.md", "---\ntitle: \"Réseau d'action « Europe » – 2021 & <Co> \\\"x\\\" 🌍 ١٢\"\norganisation: Réseau\nthemes:\n  people:\n    name: Personnes\n---\n\nIntroduction.\n");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = site.Built.Text("fr/programmes/prog/index.html");
        Assert.Contains("<h1>Réseau d&#x27;action « Europe » – 2021 &amp; &lt;Co&gt; &quot;x&quot; &#x1F30D; ١٢</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<Co>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#xE9;", html, StringComparison.Ordinal);
        var page = site.Built.Page("fr/programmes/prog/index.html");
        Assert.Equal(Title, page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith(Title, page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"), StringComparison.Ordinal);
    }
}
