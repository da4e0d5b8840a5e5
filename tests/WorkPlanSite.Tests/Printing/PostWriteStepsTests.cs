using System.Diagnostics;
using System.Text;
using WorkPlanSite.Building;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Printing;

/// <summary>
/// What a build adds to the written site when the programs are there (a search index by Pagefind, a PDF per printable
/// page by Chromium), and the site it still builds when they are not: without a search box or PDF link, saying so.
/// </summary>
public sealed class PostWriteStepsTests
{
    private const string FrenchPrint = "fr/programmes/prog/print/index.html";
    private const string FrenchPdf = "fr/programmes/prog/print/prog-fr.pdf";

    [Fact]
    public async Task A_site_whose_Pagefind_and_Chromium_point_at_nothing_still_builds_without_search_or_PDF_and_says_so()
    {
        using var site = new TinySite(TinySite.DefaultConfig.Replace("\"buildDate\"",
            "\"search\": { \"mode\": \"on\", \"pagefind\": \"missing/pagefind\" },\n  \"pdf\": { \"enabled\": true, \"chromium\": \"missing/chromium\" },\n  \"buildDate\"", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var note = Assert.Single(result.Notes);
        Assert.Contains("Pagefind is not at", note, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', note);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("Chromium is not at", warning.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", warning.Hint, StringComparison.Ordinal);
        foreach (var file in site.Built.HtmlFiles)
        {
            var page = site.Built.Page(file);
            Assert.Null(page.QuerySelector(".site-search, [data-pagefind-body], a[href$='.pdf']")?.OuterHtml[..200]);
        }

        Assert.False(site.Built.Exists("fr/search/index.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "pagefind")));
        Assert.True(site.Built.Exists(FrenchPrint));
    }

    [Theory]
    [InlineData("\"search\": \"sometimes\"", "'sometimes' is not a choice for 'search'.", "\"search\"")]
    [InlineData("\"search\": { \"mode\": \"sometimes\" }", "'sometimes' is not a choice for 'search'.", "\"mode\"")]
    [InlineData("\"pdf\": \"maybe\"", "'maybe' is not a choice for 'pdf'.", "\"pdf\"")]
    [InlineData("\"pdf\": { \"enabled\": \"maybe\", \"chromium\": \"/opt/chromium\" }", "'maybe' is not a choice for 'pdf'.", "\"enabled\"")]
    public async Task A_search_or_PDF_setting_that_is_not_a_choice_is_an_error_at_the_value_written(string setting, string message, string key)
    {
        var config = TinySite.DefaultConfig.Replace("\"buildDate\"", setting + ",\n  \"buildDate\"", StringComparison.Ordinal);
        using var site = new TinySite(config);

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(message, error.Message);
        var line = config.Split('\n').Select((text, index) => (text, index)).First(l => l.text.Contains(setting.Split(',')[0], StringComparison.Ordinal)).index + 1;
        Assert.Equal(line, error.Position.Line);
        Assert.Equal(config.Split('\n')[line - 1].IndexOf(key, StringComparison.Ordinal) + 1, error.Position.Column);
    }

    [Fact]
    public async Task Search_off_leaves_out_the_search_without_a_word()
    {
        using var site = new TinySite(TinySite.DefaultConfig.Replace("\"buildDate\"", "\"search\": \"off\",\n  \"buildDate\"", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded);
        Assert.Empty(result.Notes);
        Assert.Null(site.Built.Page("fr/index.html").QuerySelector(".site-search"));
    }

    [Fact]
    public async Task A_required_search_without_Pagefind_fails_the_build_naming_the_configuration()
    {
        using var site = new TinySite(TinySite.DefaultConfig.Replace("\"buildDate\"", "\"search\": \"required\",\n  \"buildDate\"", StringComparison.Ordinal));

        var result = await new SiteBuilder().BuildAsync(site.Options with { Pagefind = "" });

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticKind.Configuration, error.Kind);
        Assert.Equal("site.config.json", error.Position.Path);
        Assert.Contains("Pagefind was not found", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Build_pdf_without_Chromium_fails_and_says_what_to_install()
    {
        using var site = new TinySite();

        var result = await new SiteBuilder().BuildAsync(site.Options with { Pdf = true, Chromium = "", Pagefind = "" });

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(DiagnosticKind.Usage, error.Kind);
        Assert.Contains("apt-get install chromium", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_Pagefind_the_site_gets_an_index_per_language_a_search_page_and_a_search_box_on_every_page()
    {
        using var site = new TinySite();
        site.Write("content/pages/about.fr.md", "---\ntitle: À propos\nslug: a-propos\n---\n\nQui nous sommes.\n");
        site.Write("content/pages/about.en.md", "---\ntitle: About us\n---\n\nWho we are.\n");

        var result = await new SiteBuilder().BuildAsync(site.Options with { Pagefind = NodeTools.Pagefind });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Notes);
        var entry = File.ReadAllText(Path.Combine(site.Output, "pagefind", "pagefind-entry.json"));
        Assert.Contains("\"fr\"", entry, StringComparison.Ordinal);
        Assert.Contains("\"en\"", entry, StringComparison.Ordinal);
        Assert.Equal("/sub/fr/search/", site.Built.Page("fr/index.html").QuerySelector("form.site-search")?.GetAttribute("action"));
        var search = site.Built.Page("fr/search/index.html");
        Assert.Equal("/sub/pagefind/", search.QuerySelector("[data-search-form]")?.GetAttribute("data-bundle"));
        Assert.Equal("/sub/", search.QuerySelector("[data-search-form]")?.GetAttribute("data-base"));
        Assert.Equal("polite", search.QuerySelector("#search-status")?.GetAttribute("aria-live"));
        var activity = site.Built.Page("fr/programmes/prog/activities/activite/index.html").QuerySelector("main");
        Assert.True(activity!.HasAttribute("data-pagefind-body"));
        Assert.Equal("Activité", activity.GetAttribute("data-kind"));
        Assert.Equal("Programme", activity.GetAttribute("data-programme"));
        Assert.False(site.Built.Page(FrenchPrint).QuerySelector("main")!.HasAttribute("data-pagefind-body"));

        // A page of the site's own is found as a page of no programme.
        var about = site.Built.Page("fr/a-propos/index.html").QuerySelector("main")!;
        Assert.True(about.HasAttribute("data-pagefind-body"));
        Assert.Equal(("Page", "kind[data-kind]"), (about.GetAttribute("data-kind"), about.GetAttribute("data-pagefind-meta")));
        Assert.False(about.HasAttribute("data-programme"));
        Assert.Equal("Page", site.Built.Page("en/about/index.html").QuerySelector("main")!.GetAttribute("data-kind"));
    }

    [Fact]
    public async Task Build_pdf_prints_each_printable_page_to_a_tagged_PDF_with_its_language_title_and_outline_linked_with_its_size()
    {
        using var site = new TinySite();

        var result = await new SiteBuilder().BuildAsync(site.Options with { Pdf = true, Pagefind = "" });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var pdf = Path.Combine(site.Output, FrenchPdf);
        Assert.True(File.Exists(pdf));
        Assert.True(site.Built.Exists("en/programmes/prog/print/prog-en.pdf"));

        var info = Run("pdfinfo", pdf);
        Assert.Contains("Tagged:          yes", info, StringComparison.Ordinal);
        Assert.Matches(@"Title:\s+Programme – Version imprimable", info);
        Assert.Contains("/Lang (fr)", Encoding.Latin1.GetString(File.ReadAllBytes(pdf)), StringComparison.Ordinal);
        var text = Run("pdftotext", pdf, "-");
        Assert.Contains("Objectif 1 : Objectif", text, StringComparison.Ordinal);
        Assert.Contains("Activité 1.1 : Activité", text, StringComparison.Ordinal);
        Assert.Contains("Semaine verte", text, StringComparison.Ordinal);
        var outline = Run("pdftohtml", "-xml", "-stdout", "-i", "-q", pdf);
        Assert.Contains("<outline>", outline, StringComparison.Ordinal);
        Assert.Contains("Objectifs spécifiques", outline, StringComparison.Ordinal);

        var link = site.Built.Page(FrenchPrint).QuerySelector("a.print-actions__pdf")!;
        Assert.Equal("/sub/" + FrenchPdf, link.GetAttribute("href"));
        Assert.Matches(@"\(PDF, \d+ kB\)$", link.TextContent);
    }

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start: install Debian's poppler-utils.");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}

/// <summary>The npm tools the test projects install (<c>npm ci</c> in tests/WorkPlanSite.BrowserTests).</summary>
internal static class NodeTools
{
    public static string Pagefind
    {
        get
        {
            var path = Path.Combine(RepositoryPaths.Root, "tests", "WorkPlanSite.BrowserTests", "node_modules", ".bin", "pagefind");
            return File.Exists(path) ? path : throw new InvalidOperationException(
                $"Pagefind is not at {path}: run `npm ci --ignore-scripts` in tests/WorkPlanSite.BrowserTests (it installs the npm package pagefind).");
        }
    }
}
