using System.Text;
using AngleSharp.Html.Parser;
using WorkPlanSite.Building;
using WorkPlanSite.Translating;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Multilingual;

/// <summary>
/// A programme (or any item) declares the language it was written in with <c>originalLanguage</c>: TOGETHER was written
/// in English on a site whose default language is French. The translation status, the stamps, the text shown where a
/// translation is missing and the canonical address follow that language, not the site's default.
/// </summary>
public sealed class OriginalLanguageTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void The_texts_of_a_programme_written_in_english_are_the_originals_and_the_french_ones_their_translations()
    {
        using var site = new TinySite();
        site.Write("content/prog/programme.yaml", "order: 1\nperiod: 2021/2022\nthemes: [people]\noriginalLanguage: en\n");

        var report = Run(site);

        Assert.All(Entries(report, "en"), e => Assert.Equal(TranslationState.Original, e.State));
        Assert.All(Entries(report, "fr"), e => Assert.Equal("en", e.OriginalLanguage));
        Assert.All(Entries(report, "fr").Where(e => e.Kind != TranslatedKind.KeyDate), e => Assert.Equal(TranslationState.Untracked, e.State));

        var outcome = TranslationStamping.Apply(report, site.Root, new HashSet<string>());

        Assert.Empty(outcome.Problems);
        Assert.Contains("content/prog/activities/act.fr.md", outcome.Lines.Single(l => l.Contains("act.fr.md", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains($"translatedFrom: {ThreeLanguageSite.StampOf(site, "en", "content/prog/activities/act.en.md")}", File.ReadAllText(site.PathOf("content/prog/activities/act.fr.md")), StringComparison.Ordinal);
        Assert.DoesNotContain("translatedFrom", File.ReadAllText(site.PathOf("content/prog/activities/act.en.md")), StringComparison.Ordinal);
        Assert.All(Entries(Run(site), "fr"), e => Assert.Equal(TranslationState.UpToDate, e.State));
    }

    [Fact]
    public void An_item_may_declare_its_own_original_language()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.yaml", "code: \"1.1\"\norder: 1\nobjective: obj\nperiod: 2021\noriginalLanguage: en\n");

        var report = Run(site);

        Assert.Equal(TranslationState.Original, Entries(report, "en").Single(e => e.Kind == TranslatedKind.Activity).State);
        Assert.Equal(TranslationState.Untracked, Entries(report, "fr").Single(e => e.Kind == TranslatedKind.Activity).State);
        Assert.Equal(TranslationState.Original, Entries(report, "fr").Single(e => e.Kind == TranslatedKind.Objective).State);
    }

    [Fact]
    public async Task A_missing_translation_shows_the_original_language_and_names_it_canonical()
    {
        // The objective is in French and English only; the programme was written in English.
        using var site = ThreeLanguageSite.Create();
        site.Write("content/prog/programme.yaml", "order: 1\nperiod: 2021/2022\nthemes: [people]\noriginalLanguage: en\n");

        var rendered = await new SiteBuilder().RenderAsync(site.Options);

        Assert.True(rendered.Result.Succeeded, string.Join("\n", rendered.Result.Diagnostics));
        var page = Parser.ParseDocument(Encoding.UTF8.GetString(rendered.Files.Single(f => f.RelativePath == "pl/programmes/prog/objectives/obj/index.html").Content.Span));
        Assert.Equal("Objective", page.QuerySelector("h1")!.TextContent.Trim()[^"Objective".Length..]);
        Assert.NotNull(page.QuerySelector("[lang=en] h1, h1[lang=en], article[lang=en]"));
        Assert.Equal("https://example.org/sub/en/programmes/prog/objectives/obj/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("content/prog/programme.yaml", "order: 1\nperiod: 2021/2022\nthemes: [people]\noriginalLanguage: english\n", 4, "'english' in 'originalLanguage' is not one of the site's languages")]
    [InlineData("content/prog/activities/act.yaml", "code: \"1.1\"\norder: 1\nobjective: obj\noriginalLanguage: en\n", 4, "The original language is 'en', but there is no act.en.md")]
    public async Task A_wrong_original_language_is_an_error_at_its_line(string file, string yaml, int line, string message)
    {
        using var site = new TinySite();
        site.Write(file, yaml);
        site.Delete("content/prog/activities/act.en.md");

        var result = await site.CheckAsync();

        var error = Assert.Single(result.Diagnostics, d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(file, error.Position.Path);
        Assert.Equal(line, error.Position.Line);
    }

    [Fact]
    public async Task An_original_that_still_says_it_is_translated_is_reported_at_its_stamp()
    {
        using var site = new TinySite();
        site.Write("content/prog/programme.yaml", "order: 1\nperiod: 2021/2022\nthemes: [people]\noriginalLanguage: en\n");
        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\ntranslatedFrom: fr@1a2b3c4d\n---\n\nText.\n");

        var result = await site.CheckAsync();

        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("is the original (originalLanguage: en)", StringComparison.Ordinal));
        Assert.Equal(WorkPlanSite.Diagnostics.Severity.Warning, warning.Severity);
        Assert.Equal("content/prog/activities/act.en.md", warning.Position.Path);
        Assert.Equal(3, warning.Position.Line);
    }

    private static TranslationReport Run(TinySite site)
    {
        var result = TranslationStatusRunner.Run(site.Options);
        Assert.Equal(0, result.ErrorCount);
        return result.Report!;
    }

    private static IEnumerable<TranslationEntry> Entries(TranslationReport report, string language) =>
        report.Languages.Single(l => l.Language == language).Entries;
}
