using WorkPlanSite.Diagnostics;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Site;

/// <summary>Authors link to a content file by its path; the site links to that item's page in each language.</summary>
public sealed class ContentLinkTests
{
    private const string FrenchActivity = "fr/programmes/prog/activities/activite/index.html";
    private const string EnglishActivity = "en/programmes/prog/activities/act/index.html";

    [Fact]
    public async Task A_link_to_a_content_file_leads_to_its_page_in_the_language_of_the_text()
    {
        using var site = new TinySite();
        site.Write("content/prog/objectives/obj.fr.md", "---\ntitle: Objectif\nslug: objectif\n---\n\n## Texte\n\nTexte.\n");
        site.Write("content/prog/activities/act.fr.md", "---\ntitle: Activité\nslug: activite\n---\n\nVoir [l'objectif](../objectives/obj.fr.md#texte) et [le programme](../programme.yaml).\n");
        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\n---\n\nSee [the objective](../objectives/obj.md) and [the key dates](../key-dates.yaml).\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var french = site.Built.Page(FrenchActivity).QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/sub/fr/programmes/prog/objectives/objectif/#texte", french);
        Assert.Contains("/sub/fr/programmes/prog/", french);
        var english = site.Built.Page(EnglishActivity).QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/sub/en/programmes/prog/objectives/obj/", english);
        Assert.Contains("/sub/en/programmes/prog/key-dates/", english);
    }

    [Fact]
    public async Task A_link_from_expected_results_is_rewritten_too()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\nexpectedResults: Serves [the objective](../objectives/obj.en.md).\n---\n");
        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.Contains(site.Built.Page(EnglishActivity).QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/sub/en/programmes/prog/objectives/obj/");
    }

    [Fact]
    public async Task In_omit_mode_a_link_to_an_untranslated_item_leads_to_the_language_where_it_exists()
    {
        using var site = new TinySite(TinySite.DefaultConfig.Replace("\"buildDate\"", "\"missingTranslations\": \"omit\",\n  \"buildDate\"", StringComparison.Ordinal));
        site.Delete("content/prog/objectives/obj.en.md");
        site.Write("content/prog/activities/act.yaml", "code: \"1.1\"\norder: 1\nthemes: [people]\n");
        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\n---\n\nSee [the objective](../objectives/obj.md).\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(site.Built.Page(EnglishActivity).QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/sub/fr/programmes/prog/objectives/objectif/");
    }

    [Fact]
    public async Task A_link_to_a_missing_file_is_an_error_at_the_link()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\n---\n\nIntro.\n\nSee [the objective](../objectives/objective.md) now.\n");
        var result = await site.CheckAsync();
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(new SourcePosition("content/prog/activities/act.en.md", 7, 5), error.Position);
        Assert.Contains("'content/prog/objectives/objective.md', which does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("'../'", error.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("objectives/obj.md", "Did you mean '../objectives/obj.md'?")]
    [InlineData("../objectives/ob.md", "Did you mean '../objectives/obj.md'?")]
    [InlineData("../objectives/obj.md#texte", null)]
    [InlineData("../nowhere/obj.md", null)]
    public async Task A_link_to_a_missing_file_suggests_the_file_the_author_most_likely_meant(string link, string? suggestion)
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.en.md", $"---\ntitle: Activity\n---\n\nSee [the objective]({link}) now.\n");
        var result = await site.CheckAsync();
        if (suggestion is null)
        {
            Assert.DoesNotContain(result.Diagnostics, d => d.Hint?.Contains("Did you mean", StringComparison.Ordinal) == true);
            return;
        }

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.StartsWith(suggestion + " ", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_to_key_dates_that_list_nothing_says_there_is_no_such_page()
    {
        using var site = new TinySite();
        site.Write("content/prog/key-dates.yaml", "[]\n");
        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\n---\n\nSee [the key dates](../key-dates.yaml).\n");
        var error = Assert.Single((await site.CheckAsync()).Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(new SourcePosition("content/prog/activities/act.en.md", 5, 5), error.Position);
        Assert.Equal("The link '../key-dates.yaml' leads to the key dates of a programme that lists none, which have no page.", error.Message);
    }

    [Fact]
    public async Task A_build_reports_a_link_to_a_missing_file_once_at_the_link_and_writes_nothing()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\n---\n\nIntro.\n\nSee [the objective](../objectives/objective.md) now.\n");
        var result = await site.BuildAsync();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(new SourcePosition("content/prog/activities/act.en.md", 7, 5), error.Position);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task A_broken_link_is_reported_with_the_other_content_errors()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.yaml", "code: \"1.1\"\norder: 1\nthemes: [nobody]\n");
        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\n---\n\nSee [the objective](../objectives/objective.md) now.\n");
        foreach (var result in new[] { await site.BuildAsync(), await site.CheckAsync() })
        {
            var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            Assert.Single(errors, e => e.Position == new SourcePosition("content/prog/activities/act.en.md", 5, 5));
            Assert.Contains(errors, e => e.Position.Path == "content/prog/activities/act.yaml");
        }
    }

    [Theory]
    [InlineData("../../../../etc/passwd", "outside the content folder")]
    [InlineData("../../../site.config.json", "outside the content folder")]
    [InlineData("../objectives/", "not a page of the site")]
    [InlineData("report.pdf", "does not exist")]
    [InlineData("../objectives/obj.de.md", "does not exist")]
    public async Task Links_that_are_not_pages_are_errors(string target, string expected)
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.en.md", $"---\ntitle: Activity\n---\n\n[x]({target})\n");
        var result = await site.CheckAsync();
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(5, error.Position.Line);
    }

    [Fact]
    public async Task Addresses_site_paths_and_fragments_are_left_alone()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\n---\n\n## Details\n\n[web](https://example.com/x) [mail](mailto:a@example.com) [here](#details)\n");
        Assert.True((await site.BuildAsync()).Succeeded);
        var links = site.Built.Page(EnglishActivity).QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("https://example.com/x", links);
        Assert.Contains("mailto:a@example.com", links);
        Assert.Contains("#details", links);
    }

    [Fact]
    public async Task A_fragment_that_names_no_element_fails_the_build_naming_the_page()
    {
        using var site = new TinySite();
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = Directory.GetLastWriteTimeUtc(site.Output);
        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\n---\n\nSee [below](#nowhere).\n");
        var result = await site.BuildAsync();
        // Reported once, at the activity's page, though the programme's printable page holds the activity's text too.
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("_site/" + EnglishActivity, error.Position.Path);
        Assert.True(error.Position.Line > 1);
        Assert.Contains("'#nowhere'", error.Message, StringComparison.Ordinal);
        Assert.Contains("no element with id 'nowhere'", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetLastWriteTimeUtc(site.Output));
    }
}
