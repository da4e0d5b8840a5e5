using WorkPlanSite.Building;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Tests.Site;
using WorkPlanSite.Translating;

namespace WorkPlanSite.Tests.Pages;

/// <summary>
/// The site's own pages follow every rule programmes follow in several languages: translated slugs, a missing
/// translation shown in its original language (fallback) or left out (omit), hreflang and the language switcher,
/// the sitemap, links between content files in both directions, and nesting. All under a GitHub Pages sub-path.
/// </summary>
public sealed class OwnPageTests
{
    [Fact]
    public async Task Pages_have_their_translated_slugs_under_the_sub_path_and_nest_by_folder_or_by_parent()
    {
        using var site = OwnPageSite.Create();
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        Assert.True(site.Built.Exists("fr/a-propos/index.html"));
        Assert.True(site.Built.Exists("en/about/index.html"));
        Assert.True(site.Built.Exists("pl/o-nas/index.html"));
        Assert.True(site.Built.Exists("fr/a-propos/equipe/index.html"));
        Assert.True(site.Built.Exists("en/about/team/index.html"));
        Assert.True(site.Built.Exists("fr/a-propos/mentions-legales/index.html"));
        Assert.True(site.Built.Exists("pl/kontakt/index.html"));

        var team = site.Built.Page("fr/a-propos/equipe/index.html");
        Assert.Equal("Équipe", team.QuerySelector("main h1")!.TextContent);
        Assert.Equal(["Accueil", "À propos", "Équipe"], team.QuerySelectorAll(".breadcrumbs li").Select(li => li.TextContent.Trim()).ToList());
        Assert.Equal("/sub/fr/a-propos/", team.QuerySelector(".breadcrumbs a[href='/sub/fr/a-propos/']")!.GetAttribute("href"));

        // The parent lists the pages under it, in order (by id when no order is given).
        var about = site.Built.Page("fr/a-propos/index.html");
        Assert.Equal(["/sub/fr/a-propos/mentions-legales/", "/sub/fr/a-propos/equipe/"], about.QuerySelectorAll(".subpages a").Select(a => a.GetAttribute("href")).ToList());
        Assert.Equal("Qui nous sommes.", about.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(["fr", "en", "pl", "x-default"], about.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("hreflang")).ToList());
        Assert.Equal("/sub/pl/o-nas/", about.QuerySelector(".language-switcher a[hreflang=pl]")!.GetAttribute("href"));
        Assert.Empty(LinkChecker.BrokenLinks(site.Built));
    }

    [Fact]
    public async Task Links_between_content_files_lead_from_pages_to_programmes_and_back_and_from_the_home_text()
    {
        using var site = OwnPageSite.Create();
        Assert.True((await site.BuildAsync()).Succeeded);

        var about = site.Built.Page("fr/a-propos/index.html");
        var links = about.QuerySelectorAll("main article a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/sub/fr/contact/", links);
        Assert.Contains("/sub/fr/programmes/prog/activites/activite/#description", links);
        Assert.Contains("/sub/pl/kontakt/", site.Built.Page("pl/o-nas/index.html").QuerySelectorAll("main article a").Select(a => a.GetAttribute("href")));
        Assert.Contains("/sub/fr/a-propos/", site.Built.Page("fr/a-propos/equipe/index.html").QuerySelectorAll("main article a").Select(a => a.GetAttribute("href")));

        // From a programme's activity to a page.
        var activity = site.Built.Page("fr/programmes/prog/activites/autre/index.html");
        Assert.Contains("/sub/fr/contact/", activity.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));

        // The home page's introduction, above the programmes, with its link.
        var home = site.Built.Page("fr/index.html");
        var introduction = home.QuerySelector(".home-introduction")!;
        Assert.Contains("Bienvenue.", introduction.TextContent, StringComparison.Ordinal);
        Assert.Equal("/sub/fr/a-propos/", introduction.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(introduction.GetAttribute("lang"));
        Assert.Equal("/sub/en/about/", site.Built.Page("en/index.html").QuerySelector(".home-introduction a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task In_fallback_mode_a_missing_translation_is_shown_in_its_original_language_and_left_out_of_hreflang_and_the_sitemap()
    {
        using var site = OwnPageSite.Create("fallback");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("The page 'team' has no translation in 'pl'", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("content/pages/about/team.en.md", warning.Position.Path);

        var polish = site.Built.Page("pl/o-nas/team/index.html");
        Assert.Equal("pl", polish.DocumentElement.GetAttribute("lang"));
        Assert.Equal("fr", polish.QuerySelector("main article")!.GetAttribute("lang"));
        Assert.NotNull(polish.QuerySelector(".notice--fallback"));
        Assert.Equal(["fr", "en", "x-default"], polish.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("hreflang")).ToList());
        Assert.Equal("https://example.org/sub/fr/a-propos/equipe/", polish.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        var sitemap = site.Built.Text("sitemap.xml");
        Assert.Contains("<loc>https://example.org/sub/fr/a-propos/equipe/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.org/sub/pl/o-nas/</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("/sub/pl/o-nas/team/</loc>", sitemap, StringComparison.Ordinal);

        // The Polish home page shows the French introduction, marked as French.
        Assert.Equal("fr", site.Built.Page("pl/index.html").QuerySelector(".home-introduction")!.GetAttribute("lang"));
        Assert.Empty(LinkChecker.BrokenLinks(site.Built));
    }

    [Fact]
    public async Task In_omit_mode_a_missing_translation_has_no_page_and_nothing_links_to_it()
    {
        using var site = OwnPageSite.Create("omit");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Message == "The page 'team' has no translation in 'pl': it is left out of that language.");

        Assert.False(site.Built.Exists("pl/o-nas/team/index.html"));
        Assert.DoesNotContain(site.Built.HtmlFiles.Where(f => f.StartsWith("pl/", StringComparison.Ordinal)), f => site.Built.Text(f).Contains("/team/", StringComparison.Ordinal));
        Assert.Equal(["/sub/pl/o-nas/legal/"], site.Built.Page("pl/o-nas/index.html").QuerySelectorAll(".subpages a").Select(a => a.GetAttribute("href")).ToList());

        // The switcher leads to the page above it where the page itself does not exist.
        var french = site.Built.Page("fr/a-propos/equipe/index.html");
        Assert.Equal("/sub/pl/o-nas/", french.QuerySelector(".language-switcher a[hreflang=pl]")!.GetAttribute("href"));
        Assert.Equal(["fr", "en", "x-default"], french.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("hreflang")).ToList());
        Assert.Null(site.Built.Page("pl/index.html").QuerySelector(".home-introduction"));
        Assert.DoesNotContain("/sub/pl/o-nas/team/", site.Built.Text("sitemap.xml"), StringComparison.Ordinal);
        Assert.Empty(LinkChecker.BrokenLinks(site.Built));
    }

    [Fact]
    public async Task A_page_under_a_page_missing_in_a_language_is_missing_there_too_in_omit_mode()
    {
        using var site = OwnPageSite.Create("omit");
        site.Delete("content/pages/about.pl.md");
        Assert.True((await site.BuildAsync()).Succeeded);

        Assert.False(site.Built.Exists("pl/o-nas/index.html"));
        Assert.DoesNotContain(site.Built.HtmlFiles, f => f.StartsWith("pl/about/", StringComparison.Ordinal) || f.StartsWith("pl/o-nas/", StringComparison.Ordinal));
        Assert.Empty(LinkChecker.BrokenLinks(site.Built));
    }

    [Fact]
    public void The_translation_status_lists_the_pages_and_the_home_introduction()
    {
        using var site = OwnPageSite.Create();
        var report = TranslationStatusRunner.Run(site.Options).Report!;
        var polish = report.Languages.Single(l => l.Language == "pl").Entries;
        var team = Assert.Single(polish, e => e.Kind == TranslatedKind.Page && e.Label.StartsWith("pages › team", StringComparison.Ordinal));
        Assert.Equal(TranslationState.Missing, team.State);
        Assert.Equal("content/pages/about/team.pl.md", team.File);
        Assert.Equal(TranslationState.Untracked, polish.Single(e => e.Label.StartsWith("pages › about", StringComparison.Ordinal)).State);

        var english = report.Languages.Single(l => l.Language == "en").Entries;
        var home = Assert.Single(english, e => e.Kind == TranslatedKind.HomeIntroduction);
        Assert.Equal(TranslationState.Outdated, home.State);
        Assert.Equal("content/home.en.md", home.File);
    }

    [Fact]
    public async Task Stamping_a_home_introduction_without_front_matter_gives_it_one_and_makes_it_up_to_date()
    {
        using var site = OwnPageSite.Create();
        site.Write("content/home.en.md", "Welcome. See [who we are](pages/about.en.md).\n");
        var report = TranslationStatusRunner.Run(site.Options).Report!;

        var outcome = TranslationStamping.Apply(report, site.Root, new HashSet<string>(["content/home.en.md"], StringComparer.Ordinal));

        Assert.Empty(outcome.Problems);
        Assert.StartsWith("---\ntranslatedFrom: fr@", File.ReadAllText(site.PathOf("content/home.en.md")), StringComparison.Ordinal);
        var english = TranslationStatusRunner.Run(site.Options).Report!.Languages.Single(l => l.Language == "en").Entries;
        Assert.Equal(TranslationState.UpToDate, english.Single(e => e.Kind == TranslatedKind.HomeIntroduction).State);
        Assert.True((await site.CheckAsync()).Succeeded);
    }

    [Theory]
    [InlineData("content/pages/legal.yaml", "parent: abuot\n", "content/pages/legal.yaml:1:1", "The page 'legal' goes under the page 'abuot', which does not exist.")]
    [InlineData("content/pages/legal.yaml", "parent: legal\n", "content/pages/legal.yaml:1:1", "The page 'legal' is among its own parents: its parents lead back to it.")]
    [InlineData("content/pages/contact.en.md", "---\ntitle: Contact\nslug: about\n---\n\nText.\n", "content/pages/contact.en.md:1:1", "The pages 'about' and 'contact' would have the same address in 'en' (/sub/en/about/).")]
    [InlineData("content/pages/contact.fr.md", "---\ntitle: Contact\nslug: programmes\n---\n\nTexte.\n", "content/pages/contact.fr.md:1:1", "The page 'contact' would have the address of the programmes' section (/sub/fr/programmes/) in 'fr'.")]
    [InlineData("content/pages/nobody/x.fr.md", "---\ntitle: X\n---\n", "content/pages/nobody:1:1", "The folder 'nobody' holds pages under a page 'nobody', but there is no nobody.<language>.md beside it.")]
    [InlineData("content/pages/about/contact.fr.md", "---\ntitle: Contact\n---\n", "content/pages/about/contact.fr.md:1:1", "There are two pages with the id 'contact'; the other is content/pages/contact.")]
    [InlineData("content/pages/about.fr.md", "---\ntitle: À propos\n---\n\nVoir [la page](nowhere.fr.md).\n", "content/pages/about.fr.md:5:6", "The link 'nowhere.fr.md' leads to 'content/pages/nowhere.fr.md', which does not exist.")]
    [InlineData("content/home.fr.md", "Voir [la page](pages/nowhere.fr.md).\n", "content/home.fr.md:1:6", "The link 'pages/nowhere.fr.md' leads to 'content/pages/nowhere.fr.md', which does not exist.")]
    public async Task Every_mistake_in_the_pages_is_an_error_at_its_place(string file, string text, string position, string message)
    {
        using var site = OwnPageSite.Create();
        site.Write(file, text);
        var result = await site.CheckAsync();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Position.ToString() == position && d.Message == message);
    }

    [Fact]
    public async Task A_page_links_are_checked_even_when_the_build_stops_at_validation()
    {
        using var site = OwnPageSite.Create();
        site.Write("content/pages/about.fr.md", "---\ntitle: À propos\n---\n\nVoir [la page](nowhere.fr.md).\n");
        site.Write("content/prog/programme.yaml", "order: 1\nperiod: not a date\n");
        var result = await site.CheckAsync();

        Assert.Contains(result.Diagnostics, d => d.Position.Path == "content/pages/about.fr.md" && d.Message.Contains("nowhere.fr.md", StringComparison.Ordinal));
    }
}
