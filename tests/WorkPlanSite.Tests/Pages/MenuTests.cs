using AngleSharp.Dom;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Tests.Site;

namespace WorkPlanSite.Tests.Pages;

/// <summary>
/// The main menu and the footer menu of <c>site.config.json</c>: entries for a page, a programme, an address and a
/// heading over entries, with their labels per language; the current page's entry marked; every entry checked at its
/// line in the configuration.
/// </summary>
public sealed class MenuTests
{
    private const string Menus = """
          "menus": {
            "main": [
              { "page": "about" },
              { "programme": "prog" },
              { "label": { "fr": "Plus", "en": "More" }, "children": [
                { "page": "team" },
                { "url": "https://example.com/", "label": { "fr": "Exemple", "en": "Example", "pl": "Przykład" } }
              ] }
            ],
            "footer": [
              { "page": "contact", "label": { "fr": "Nous écrire", "en": "Write to us" } },
              { "page": "legal" },
              { "label": "Network", "children": [ { "url": "mailto:secretariat@example.org", "label": "E-mail" } ] }
            ]
          }
        """;

    private static IElement MainMenu(IDocument page) => page.QuerySelector("header nav.main-menu")!;

    private static IElement FooterMenu(IDocument page) => page.QuerySelector("footer nav.footer-menu")!;

    [Fact]
    public async Task The_main_menu_shows_every_kind_of_entry_with_its_label_in_the_page_language()
    {
        using var site = OwnPageSite.Create(menus: Menus);
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var menu = MainMenu(site.Built.Page("fr/index.html"));
        Assert.Equal("Menu principal", menu.GetAttribute("aria-label"));
        var top = menu.QuerySelectorAll(".main-menu__list > li").ToList();
        Assert.Equal(3, top.Count);
        Assert.Equal(("À propos", "/sub/fr/a-propos/"), (top[0].QuerySelector("a")!.TextContent, top[0].QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(("Programme", "/sub/fr/programmes/prog/"), (top[1].QuerySelector("a")!.TextContent, top[1].QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal("Plus", top[2].QuerySelector("details > summary")!.TextContent);
        Assert.Equal(
            [("Équipe", "/sub/fr/a-propos/equipe/"), ("Exemple", "https://example.com/")],
            top[2].QuerySelectorAll("details li a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList());

        var english = MainMenu(site.Built.Page("en/index.html"));
        Assert.Equal(["About us", "Programme EN", "Team", "Example"], english.QuerySelectorAll("a").Select(a => a.TextContent).ToList());
        Assert.Equal("More", english.QuerySelector("summary")!.TextContent);

        // Where a label or a title is not translated, it is shown in the language it is written in, and says so.
        var polish = MainMenu(site.Built.Page("pl/index.html"));
        Assert.Equal(["O nas", "Program", "Équipe", "Przykład"], polish.QuerySelectorAll("a").Select(a => a.TextContent).ToList());
        Assert.Equal("fr", polish.QuerySelector("summary")!.GetAttribute("lang"));
        Assert.Equal("fr", polish.QuerySelector("a[href='/sub/pl/o-nas/team/']")!.GetAttribute("lang"));
        Assert.Null(polish.QuerySelector("a[href='/sub/pl/o-nas/']")!.GetAttribute("lang"));
        Assert.Empty(LinkChecker.BrokenLinks(site.Built));
    }

    [Fact]
    public async Task The_entry_of_the_page_shown_is_the_current_page_and_the_entry_above_it_holds_it()
    {
        using var site = OwnPageSite.Create(menus: Menus);
        Assert.True((await site.BuildAsync()).Succeeded);

        var about = MainMenu(site.Built.Page("fr/a-propos/index.html"));
        Assert.Equal(["/sub/fr/a-propos/"], about.QuerySelectorAll("[aria-current=page]").Select(a => a.GetAttribute("href")).ToList());

        var team = site.Built.Page("fr/a-propos/equipe/index.html");
        Assert.Equal("page", MainMenu(team).QuerySelector("a[href='/sub/fr/a-propos/equipe/']")!.GetAttribute("aria-current"));
        Assert.Equal("true", MainMenu(team).QuerySelector("a[href='/sub/fr/a-propos/']")!.GetAttribute("aria-current"));
        Assert.Contains("is-current", MainMenu(team).QuerySelector("summary")!.ClassList);

        var timeline = MainMenu(site.Built.Page("fr/programmes/prog/timeline/index.html"));
        Assert.Equal("true", timeline.QuerySelector("a[href='/sub/fr/programmes/prog/']")!.GetAttribute("aria-current"));
        Assert.Empty(timeline.QuerySelectorAll("[aria-current=page]"));

        var home = site.Built.Page("fr/index.html");
        Assert.Empty(home.QuerySelectorAll("nav.main-menu [aria-current], nav.footer-menu [aria-current]"));
        Assert.Equal("page", FooterMenu(site.Built.Page("fr/contact/index.html")).QuerySelector("a[href='/sub/fr/contact/']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task The_footer_menu_shows_its_entries_and_the_entries_under_a_heading()
    {
        using var site = OwnPageSite.Create(menus: Menus);
        Assert.True((await site.BuildAsync()).Succeeded);

        var footer = FooterMenu(site.Built.Page("en/about/index.html"));
        Assert.Equal("Site links", footer.GetAttribute("aria-label"));
        Assert.Equal(
            [("Write to us", "/sub/en/contact/"), ("Legal notice", "/sub/en/about/legal/"), ("E-mail", "mailto:secretariat@example.org")],
            footer.QuerySelectorAll("a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList());
        Assert.Equal("Network", footer.QuerySelector(".footer-menu__heading")!.TextContent);

        // A page's own title in a language is preferred to the label of another language.
        Assert.Equal("Kontakt", FooterMenu(site.Built.Page("pl/index.html")).QuerySelector("a[href='/sub/pl/kontakt/']")!.TextContent);
    }

    [Fact]
    public async Task In_omit_mode_an_entry_whose_page_is_missing_in_a_language_is_left_out_there()
    {
        using var site = OwnPageSite.Create("omit", Menus);
        Assert.True((await site.BuildAsync()).Succeeded);

        var polish = MainMenu(site.Built.Page("pl/index.html"));
        Assert.Equal(["O nas", "Program", "Przykład"], polish.QuerySelectorAll("a").Select(a => a.TextContent).ToList());
        Assert.Empty(LinkChecker.BrokenLinks(site.Built));
    }

    [Fact]
    public async Task A_site_without_menus_has_no_menu_landmarks()
    {
        using var site = OwnPageSite.Create();
        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.Null(site.Built.Page("fr/index.html").QuerySelector("nav.main-menu, nav.footer-menu"));
    }

    [Theory]
    [InlineData("{ \"page\": \"abuot\" }", "The menu names the page 'abuot', which does not exist.", "Did you mean 'about'?")]
    [InlineData("{ \"programme\": \"porg\" }", "The menu names the programme 'porg', which does not exist.", "Did you mean 'prog'?")]
    [InlineData("{ \"url\": \"www.example.org\", \"label\": \"x\" }", "'www.example.org' is not a full address.", null)]
    [InlineData("{ \"url\": \"https://example.org/\" }", "The menu entry 'menus.main[1]' leads to an address and needs a label.", null)]
    [InlineData("{ \"page\": \"about\", \"programme\": \"prog\" }", "A menu entry leads to one place, but 'menus.main[1]' has both 'page' and 'programme'.", null)]
    [InlineData("{ \"label\": \"x\", \"children\": [ { \"label\": \"y\", \"children\": [ { \"page\": \"about\" } ] } ] }", "'menus.main[1].children[0].children': a menu goes one level deep, and this entry is already under another.", null)]
    [InlineData("{ \"lable\": \"x\", \"page\": \"about\" }", "Unknown key 'menus.main[1].lable'.", "Did you mean 'label'?")]
    public async Task Every_menu_entry_is_checked_and_a_mistake_is_an_error_at_its_line_in_the_configuration(string entry, string message, string? hint)
    {
        var menus = $$"""
              "menus": {
                "main": [
                  { "page": "contact" },
                  {{entry}}
                ]
              }
            """;
        using var site = OwnPageSite.Create(menus: menus);
        var config = File.ReadAllLines(site.PathOf("site.config.json"));
        var line = Array.FindIndex(config, l => l.Contains(entry, StringComparison.Ordinal)) + 1;

        var result = await site.CheckAsync();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(message, error.Message);
        Assert.Equal(("site.config.json", line), (error.Position.Path, error.Position.Line));
        Assert.True(error.Position.Column > 1);
        if (hint is not null)
        {
            Assert.Equal(hint, error.Hint);
        }
    }

    [Fact]
    public async Task A_missing_menu_target_is_a_configuration_error_reported_with_every_content_error()
    {
        using var site = OwnPageSite.Create(menus: """ "menus": { "footer": [ { "page": "nowhere" } ] } """);
        site.Write("content/pages/legal.yaml", "parent: abuot\n");
        var result = await site.CheckAsync();

        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith("The menu names the page 'nowhere'", StringComparison.Ordinal) && d.Kind == DiagnosticKind.Configuration);
        Assert.Contains(result.Diagnostics, d => d.Position.Path == "content/pages/legal.yaml" && d.Severity == Severity.Error);
    }
}
