using System.Text;
using AngleSharp.Html.Parser;
using WorkPlanSite.Building;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Security;

/// <summary>
/// Filter-evasion payloads (Data/xss-payloads.txt) written where authors write: titles, Markdown bodies, link URLs,
/// expected results, lead and partners, key-date titles and places, and, where an id is expected, slugs and references.
/// No page may end up with a script, an event attribute, a script URL or an embedded document from the content.
/// </summary>
public sealed class XssCorpusTests
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = true });

    public static IReadOnlyList<string> Payloads { get; } = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "WorkPlanSite.Tests", "Data", "xss-payloads.txt"))
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .ToList();

    [Fact]
    public void The_corpus_is_large_enough_to_mean_something() => Assert.InRange(Payloads.Count, 100, 1000);

    [Fact]
    public async Task Payloads_in_every_text_field_leave_no_active_content_on_any_page()
    {
        using var site = new TinySite();
        WritePayloadSite(site);
        // Rendered in memory: payloads such as <img src=x> leave harmless links to nowhere, which fail a real build.
        var rendered = await new SiteBuilder().RenderAsync(site.Options);
        Assert.All(rendered.Result.Diagnostics.Where(d => d.Severity == Severity.Error), d => Assert.Contains("leads nowhere", d.Message, StringComparison.Ordinal));
        var pages = rendered.Files.Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f.RelativePath, f => Encoding.UTF8.GetString(f.Content.Span));
        var themeScripts = await ThemeScriptsAsync();

        var problems = new List<string>();
        foreach (var (file, html) in pages)
        {
            problems.AddRange(ActiveContent.Find(Parser.ParseDocument(html), themeScripts).Select(p => $"{file}: {p}"));
        }

        Assert.Empty(problems);
        Assert.Equal(2 * Payloads.Count, pages.Keys.Count(f => f.Contains("/activities/a-", StringComparison.Ordinal)));
        // The payloads are still there as text: escaped, not dropped.
        var activity = pages["en/programmes/prog/activities/a-000/index.html"];
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", activity, StringComparison.Ordinal);
        Assert.Contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;", pages["en/index.html"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removed_markup_is_reported_as_a_warning_at_its_line()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\nexpectedResults: A result.\n---\n\nText.\n\n<iframe src=\"https://x.example/\"></iframe>\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Message.StartsWith("Removed from the page", StringComparison.Ordinal));
        Assert.Equal(new SourcePosition("content/prog/activities/act.en.md", 8, 1), warning.Position);
        Assert.Contains("<iframe>", warning.Message, StringComparison.Ordinal);
        Assert.Contains("\"rawHtml\": \"trust\"", warning.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removed_attributes_and_addresses_are_named_in_one_warning_at_the_first_line_that_holds_them()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\n---\n\nText.\n\nMore <span onclick=\"steal()\">text</span>.\n\n<a href=\"vbscript:x\">link</a>\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Message.StartsWith("Removed from the page", StringComparison.Ordinal));
        Assert.Equal(new SourcePosition("content/prog/activities/act.en.md", 7, 6), warning.Position);
        Assert.Contains("onclick attribute (script), vbscript: address", warning.Message, StringComparison.Ordinal);
        var page = site.Built.Page("en/programmes/prog/activities/act/index.html");
        Assert.Contains(page.QuerySelectorAll("main span"), span => span.TextContent == "text" && span.Attributes.Length == 0);
        Assert.Null(page.QuerySelector("main a[href^='vbscript']"));
    }

    [Fact]
    public async Task Harmless_raw_HTML_is_kept()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\n---\n\n<details><summary>More</summary>\n\n<abbr title=\"Council of European Municipalities\">CEMR</abbr> <sup>1</sup>\n\n</details>\n\n| a | b |\n|--:|:-:|\n| 1 | 2 |\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.StartsWith("Removed", StringComparison.Ordinal));
        var page = site.Built.Page("en/programmes/prog/activities/act/index.html");
        Assert.Equal("Council of European Municipalities", page.QuerySelector("details abbr")!.GetAttribute("title"));
        // The sanitizer writes the style back as AngleSharp serializes CSS, without Markdig's final semicolon.
        Assert.Equal("text-align: right", page.QuerySelector("td")!.GetAttribute("style"));
    }

    [Fact]
    public async Task A_site_that_trusts_its_authors_keeps_raw_HTML_as_written_but_still_escapes_YAML_texts()
    {
        using var site = new TinySite(TinySite.DefaultConfig.Replace("\"buildDate\"", "\"markdown\": { \"rawHtml\": \"trust\" },\n  \"buildDate\"", StringComparison.Ordinal));
        site.Write("content/prog/activities/act.en.md", "---\ntitle: \"<b>Bold</b> title\"\n---\n\n<iframe src=\"https://video.example/embed/1\"></iframe>\n");
        Assert.True((await site.BuildAsync()).Succeeded);
        var page = site.Built.Page("en/programmes/prog/activities/act/index.html");
        Assert.NotNull(page.QuerySelector("main iframe[src='https://video.example/embed/1']"));
        Assert.Null(page.QuerySelector("h1 b"));
        Assert.Contains("<b>Bold</b> title", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_raw_HTML_mode_is_a_configuration_error()
    {
        using var site = new TinySite(TinySite.DefaultConfig.Replace("\"buildDate\"", "\"markdown\": { \"rawHtml\": \"allow\", \"x\": 1 },\n  \"buildDate\"", StringComparison.Ordinal));
        var result = await site.CheckAsync();
        Assert.Equal(2, result.ErrorCount);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'allow' is not a choice for 'markdown.rawHtml'", StringComparison.Ordinal));
        Assert.All(result.Diagnostics, d => Assert.Equal("site.config.json", d.Position.Path));
    }

    [Fact]
    public async Task Payloads_where_an_id_is_expected_are_errors_not_pages()
    {
        using var site = new TinySite();
        var keyDates = new StringBuilder();
        for (var i = 0; i < Payloads.Count; i++)
        {
            keyDates.Append($"- date: {Quote(Payloads[i])}\n  title: x\n  activity: {Quote(Payloads[i])}\n");
        }

        site.Write("content/prog/key-dates.yaml", keyDates.ToString());
        site.Write("content/prog/activities/act.yaml", $"code: \"1.1\"\norder: 1\nobjective: {Quote(Payloads[0])}\nthemes: [{string.Join(", ", Payloads.Take(20).Select(Quote))}]\n");
        site.Write("content/prog/activities/act.en.md", $"---\ntitle: Activity\nslug: {Quote(Payloads[1])}\n---\n\n{string.Join("\n\n", Payloads.Select(p => $"[x]({p.Replace(" ", "%20", StringComparison.Ordinal)})"))}\n");
        var result = await site.BuildAsync();
        Assert.False(result.Succeeded);
        Assert.InRange(result.ErrorCount, Payloads.Count + 20, 10 * Payloads.Count);
        Assert.All(result.Diagnostics, d => Assert.StartsWith("content/prog/", d.Position.Path, StringComparison.Ordinal));
        Assert.False(Directory.Exists(site.Output));
    }

    private static void WritePayloadSite(TinySite site)
    {
        var configText = System.Text.Json.JsonSerializer.Serialize(string.Join(" ", Payloads.Take(40)));
        site.Write("site.config.json", TinySite.DefaultConfig
            .Replace("\"title\": { \"fr\": \"Site\", \"en\": \"Site EN\" },", $"\"title\": {{ \"fr\": {configText}, \"en\": {configText} }},\n  \"description\": {configText},", StringComparison.Ordinal));
        var body = new StringBuilder("Intro.\n\n");
        foreach (var payload in Payloads)
        {
            body.Append(payload).Append("\n\n");
            body.Append(LinkTo(payload));
        }

        body.Append("[click][ref]\n");
        var keyDates = new StringBuilder();
        for (var i = 0; i < Payloads.Count; i++)
        {
            var id = $"a-{i:000}";
            var p = Quote(Payloads[i]);
            site.Write($"content/prog/activities/{id}.yaml", $"order: {i + 2}\nobjective: obj\nlead: {p}\npartners:\n  - {p}\n  - fr: {p}\n    en: {p}\n");
            site.Write($"content/prog/activities/{id}.en.md", $"---\ntitle: {p}\nexpectedResults: {p}\nphaseActions: {{}}\n---\n\n{Payloads[i]}\n\n{LinkTo(Payloads[i])}");
            keyDates.Append($"- date: 2021-06-{1 + (i % 28):00}\n  title:\n    fr: {p}\n    en: {p}\n  place: {p}\n  activity: {id}\n");
        }

        site.Write("content/prog/key-dates.yaml", keyDates.ToString());
        var all = Quote(string.Join(" ", Payloads.Take(30)));
        site.Write("content/prog/programme.en.md", $"---\ntitle: {all}\norganisation: {all}\nsummary: {all}\nthemes:\n  people:\n    name: {all}\n    tagline: {all}\n    description: {all}\n    linesOfAction: [{all}]\n---\n\n{body}");
        site.Write("content/prog/activities/act.en.md", $"---\ntitle: Activity\nexpectedResults: |\n  {string.Join("\n\n  ", Payloads.Take(40))}\n---\n\n{body}");
    }

    /// <summary>
    /// A Markdown link to the payload as an address. Payloads that read as a relative path are links to content files,
    /// which do not exist: they are errors, tested with the other misplaced payloads.
    /// </summary>
    private static string LinkTo(string payload)
    {
        var url = payload.Replace(" ", "%20", StringComparison.Ordinal);
        return WorkPlanSite.Urls.ContentLinkResolver.IsContentLink(url) ? "" : $"[link](<{url}>)\n\n";
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"";

    /// <summary>The theme's own inline scripts and controls (the print button), from a clean site.</summary>
    private static async Task<IReadOnlySet<string>> ThemeScriptsAsync()
    {
        using var clean = new TinySite();
        Assert.True((await clean.BuildAsync()).Succeeded);
        return clean.Built.HtmlFiles
            .SelectMany(f => Parser.ParseDocument(clean.Built.Text(f)).QuerySelectorAll("script:not([type='application/ld+json'])"))
            .Select(s => s.TextContent)
            .Concat(clean.Built.HtmlFiles.SelectMany(f => Parser.ParseDocument(clean.Built.Text(f)).QuerySelectorAll("button, form, input")).Select(e => e.OuterHtml))
            .ToHashSet(StringComparer.Ordinal);
    }
}
