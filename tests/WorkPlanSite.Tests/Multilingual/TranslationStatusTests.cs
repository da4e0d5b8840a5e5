using System.Text;
using WorkPlanSite.Building;
using WorkPlanSite.Translating;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Multilingual;

/// <summary>
/// The translation status names exactly the missing and outdated pages. A translation knows what it was translated
/// from by its <c>translatedFrom: &lt;language&gt;@&lt;fingerprint&gt;</c> stamp; when the original's fingerprint
/// changes, the translation is outdated.
/// </summary>
public sealed class TranslationStatusTests
{
    [Fact]
    public void The_report_names_exactly_the_missing_and_outdated_pages()
    {
        using var site = ThreeLanguageSite.Create();
        Stamp(site, "content/prog/objectives/obj.en.md", ThreeLanguageSite.StampOf(site, "fr", "content/prog/objectives/obj.fr.md"));
        Stamp(site, "content/prog/programme.pl.md", ThreeLanguageSite.StampOf(site, "fr", "content/prog/programme.fr.md"));
        Stamp(site, "content/prog/programme.en.md", ThreeLanguageSite.StampOf(site, "fr", "content/prog/programme.fr.md"));
        // The French programme changes after both translations were made.
        site.Write("content/prog/programme.fr.md", File.ReadAllText(Path.Combine(site.Root, "content/prog/programme.fr.md")) + "\nUn paragraphe de plus.\n");

        var report = Run(site);

        Assert.Equal(
            [
                "en content/prog/activities/act.en.md Missing",
                "en content/prog/programme.en.md Outdated",
                "pl content/prog/objectives/obj.pl.md Missing",
                "pl content/prog/programme.pl.md Outdated",
            ],
            Gaps(report));
        var english = report.Languages.Single(l => l.Language == "en");
        Assert.Equal(TranslationState.UpToDate, english.Entries.Single(e => e.File == "content/prog/objectives/obj.en.md").State);
        Assert.Equal(TranslationState.Untracked, english.Entries.Single(e => e.File == "content/prog/activities/other.en.md").State);
        Assert.All(report.Languages.Single(l => l.Language == "fr").Entries, e => Assert.Equal(TranslationState.Original, e.State));
    }

    [Fact]
    public void Missing_UI_strings_are_listed_per_language_and_a_complete_site_has_no_gaps()
    {
        using var site = ThreeLanguageSite.Create();
        var report = Run(site);
        var polish = report.Languages.Single(l => l.Language == "pl");
        Assert.Contains("site.breadcrumbs", polish.MissingUiStrings);
        Assert.DoesNotContain("nav.home", polish.MissingUiStrings);
        Assert.Empty(report.Languages.Single(l => l.Language == "en").MissingUiStrings);
        Assert.True(report.HasGaps);

        using var complete = new TinySite();
        Assert.False(Run(complete).HasGaps);
    }

    [Fact]
    public void Stamping_untracked_translations_makes_them_up_to_date_until_the_original_changes()
    {
        using var site = new TinySite();
        var before = Run(site);
        Assert.All(before.Languages.Single(l => l.Language == "en").Entries.Where(e => e.Kind != TranslatedKind.KeyDate),
            e => Assert.Equal(TranslationState.Untracked, e.State));

        var outcome = TranslationStamping.Apply(before, site.Root, new HashSet<string>());
        Assert.Empty(outcome.Problems);
        Assert.Equal(3, outcome.Lines.Count);
        Assert.All(Run(site).Languages.Single(l => l.Language == "en").Entries, e => Assert.Equal(TranslationState.UpToDate, e.State));

        site.Write("content/prog/activities/act.fr.md", "---\ntitle: Activité modifiée\nslug: activite\nexpectedResults: Un résultat.\n---\n\nDescription.\n");
        var after = Run(site);
        Assert.Equal(["en content/prog/activities/act.en.md Outdated"], Gaps(after));

        // Stamping without naming files never hides an outdated translation; naming it does, once it is updated.
        Assert.Empty(TranslationStamping.Apply(after, site.Root, new HashSet<string>()).Lines);
        TranslationStamping.Apply(after, site.Root, new HashSet<string> { "content/prog/activities/act.en.md" });
        Assert.Empty(Gaps(Run(site)));
    }

    [Fact]
    public void A_stamp_keeps_the_rest_of_the_file_byte_for_byte_and_replaces_an_older_stamp()
    {
        using var site = new TinySite();
        var original = "---\r\ntitle: Activity\r\nexpectedResults: A result.\r\n---\r\n\r\nDescription.\r\n";
        site.WriteBytes("content/prog/activities/act.en.md", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(original)]);
        var path = Path.Combine(site.Root, "content/prog/activities/act.en.md");

        Assert.Null(TranslationStamper.Stamp(path, "fr@00000000"));
        Assert.Null(TranslationStamper.Stamp(path, "fr@1a2b3c4d"));

        var expected = "---\r\ntitle: Activity\r\nexpectedResults: A result.\r\ntranslatedFrom: fr@1a2b3c4d\r\n---\r\n\r\nDescription.\r\n";
        Assert.Equal([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(expected)], File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("fr@12", "is not a translation stamp")]
    [InlineData("xx@1a2b3c4d", "'xx' in 'translatedFrom' is not one of the site's languages")]
    [InlineData("en@1a2b3c4d", "cannot be translated from 'en'")]
    public async Task A_malformed_stamp_is_an_error_at_its_line(string stamp, string message)
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.en.md", $"---\ntitle: Activity\ntranslatedFrom: {stamp}\n---\n\nText.\n");
        var result = await site.CheckAsync();

        var error = Assert.Single(result.Diagnostics, d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal("content/prog/activities/act.en.md", error.Position.Path);
        Assert.Equal(3, error.Position.Line);
    }

    [Fact]
    public void The_printed_report_gives_a_summary_per_language_and_one_line_per_gap()
    {
        using var site = ThreeLanguageSite.Create();
        var result = TranslationStatusRunner.Run(site.Options);
        var text = new StringWriter();
        TranslationReportWriter.Write(text, result.Report!, result.Config!);
        var lines = text.ToString().Split('\n');

        Assert.Contains(lines, l => l.StartsWith("pl (Polski): ", StringComparison.Ordinal) && l.Contains("1 missing", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("missing", StringComparison.Ordinal) && l.Contains("content/prog/objectives/obj.pl.md", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("UI string", StringComparison.Ordinal) && l.Contains("site.breadcrumbs", StringComparison.Ordinal));
    }

    [Fact]
    public void The_printed_report_counts_up_to_date_translations_and_lists_them_only_when_asked()
    {
        using var site = ThreeLanguageSite.Create();
        var result = TranslationStatusRunner.Run(site.Options);
        var upToDate = result.Report!.Languages.SelectMany(l => l.Entries).Count(e => e.State == TranslationState.UpToDate);
        Assert.True(upToDate > 0);

        var counted = new StringWriter();
        TranslationReportWriter.Write(counted, result.Report, result.Config!);
        var listed = new StringWriter();
        TranslationReportWriter.Write(listed, result.Report, result.Config!, listUpToDate: true);

        Assert.DoesNotContain(counted.ToString().Split('\n'), l => l.StartsWith("  up to date ", StringComparison.Ordinal));
        Assert.Contains(counted.ToString().Split('\n'), l => !l.StartsWith(' ') && l.Contains(" up to date", StringComparison.Ordinal));
        Assert.Equal(upToDate, listed.ToString().Split('\n').Count(l => l.StartsWith("  up to date ", StringComparison.Ordinal)));
    }

    private static TranslationReport Run(TinySite site)
    {
        var result = TranslationStatusRunner.Run(site.Options);
        Assert.Equal(0, result.ErrorCount);
        return result.Report!;
    }

    private static List<string> Gaps(TranslationReport report) => report.Languages
        .SelectMany(l => l.Entries.Where(e => e.State is TranslationState.Missing or TranslationState.Outdated).Select(e => $"{l.Language} {e.File} {e.State}"))
        .Order(StringComparer.Ordinal)
        .ToList();

    private static void Stamp(TinySite site, string relativePath, string stamp) =>
        Assert.Null(TranslationStamper.Stamp(Path.Combine(site.Root, relativePath), stamp));
}
