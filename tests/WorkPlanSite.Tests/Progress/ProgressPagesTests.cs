using System.Text.Json.Nodes;
using AngleSharp.Dom;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Progress;

/// <summary>
/// What readers see of progress, read back from the built pages in French, English and German: the programme's
/// progress page (figures with their rule, counts by status, per objective and per theme, late activities, latest
/// notes, open data), status and progress on activity and objective pages, status and milestones on the timeline.
/// Status is always words beside a shape hidden from screen readers; a bar always has its figure as text.
/// </summary>
public sealed class ProgressPagesTests(ProgressPagesTests.BuiltProgressSite fixture) : IClassFixture<ProgressPagesTests.BuiltProgressSite>
{
    private const string Programme = "{0}/programmes/prog/";

    private BuiltSite Site => fixture.Site;

    private IDocument ProgressPage(string language) => Site.Page(string.Format(System.Globalization.CultureInfo.InvariantCulture, Programme, language) + language switch
    {
        "fr" => "avancement/index.html",
        _ => "progress/index.html",
    });

    [Theory]
    [InlineData("fr", "Avancement", "En cours", "En retard", "Moyenne de l'avancement de ses objectifs spécifiques")]
    [InlineData("en", "Progress", "Under way", "Late", "Mean of the progress of its specific objectives")]
    [InlineData("de", "Fortschritt", "Laufend", "Verspätet", "Mittelwert des Fortschritts seiner spezifischen Ziele")]
    public void Each_language_has_a_progress_page_in_its_own_words(string language, string title, string underWay, string late, string rule)
    {
        var page = ProgressPage(language);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(rule, page.QuerySelector("#overall + .progress-figure .progress-figure__rule")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".status-counts li"), li => Collapse(WithoutHidden(li)) == $"1 {underWay}");
        Assert.Contains(late, page.QuerySelector("#late ~ .card-list .status--late")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_overall_figure_is_a_meter_with_its_figure_as_text_and_its_rule_beside_it()
    {
        var figure = ProgressPage("en").QuerySelector("section[aria-labelledby=overall] .progress-figure")!;
        var meter = figure.QuerySelector("meter")!;
        // (40 × 1 + 100 × 1) / 2 for the first objective = 70; the second has 0: (70 + 0) / 2 = 35.
        Assert.Equal(("0", "100", "35"), (meter.GetAttribute("min"), meter.GetAttribute("max"), meter.GetAttribute("value")));
        Assert.Equal("true", meter.GetAttribute("aria-hidden"));
        Assert.Equal("35%", figure.QuerySelector(".progress-figure__text")!.TextContent);
        Assert.Equal("Mean of the progress of its specific objectives (2 counted).", figure.QuerySelector(".progress-figure__rule")!.TextContent);
    }

    [Fact]
    public void Statuses_are_counted_in_the_site_s_order_with_a_shape_hidden_from_screen_readers()
    {
        var counts = ProgressPage("en").QuerySelectorAll(".status-counts li").ToList();
        Assert.Equal(["1 Planned", "1 Under way", "1 Completed", "0 Postponed", "1 Cancelled"], counts.Select(li => Collapse(WithoutHidden(li))));
        Assert.All(counts, li => Assert.Equal("true", li.QuerySelector(".status__shape")!.GetAttribute("aria-hidden")));
    }

    [Fact]
    public void Each_objective_has_its_figure_its_rule_and_its_activities_counted_by_status()
    {
        var rows = ProgressPage("en").QuerySelectorAll("[role=region][aria-labelledby=by-objective] tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        var first = rows[0];
        Assert.Equal("1. Objective", first.QuerySelector("th[scope=row]")!.TextContent.Trim());
        Assert.EndsWith("/en/programmes/prog/objectives/obj/", first.QuerySelector("th a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("70%", first.QuerySelector(".progress-figure__text")!.TextContent);
        Assert.Equal("Mean of the progress of its activities (2 counted).", first.QuerySelector(".progress-figure__rule")!.TextContent);
        Assert.Equal(["0", "1", "1", "0", "0"], first.QuerySelectorAll("td.progress-table__count").Select(td => td.TextContent.Trim()));
        Assert.Equal("Mean of the progress of its activities (1 counted). Cancelled ones are left out (1).", rows[1].QuerySelector(".progress-figure__rule")!.TextContent);
        var headers = ProgressPage("en").QuerySelectorAll("[role=region][aria-labelledby=by-objective] thead th").Select(th => Collapse(WithoutHidden(th)));
        Assert.Equal(["Objective", "Progress", "Planned", "Under way", "Completed", "Postponed", "Cancelled"], headers);
    }

    [Fact]
    public void Themes_count_the_activities_whose_first_theme_they_are()
    {
        var rows = ProgressPage("fr").QuerySelectorAll("[role=region][aria-labelledby=by-theme] tbody tr").ToList();
        var row = Assert.Single(rows);
        Assert.Equal("Personnes", row.QuerySelector("th")!.TextContent.Trim());
        Assert.EndsWith("/fr/programmes/prog/#theme-people", row.QuerySelector("th a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(["0", "1", "1", "0", "0"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public void Late_activities_are_listed_with_their_period_status_and_figure()
    {
        var late = ProgressPage("fr").QuerySelectorAll("section[aria-labelledby=late] .card").ToList();
        var card = Assert.Single(late);
        Assert.Equal("1.1 Activité act", Collapse(card.QuerySelector("h3")!.TextContent));
        Assert.Equal("2021-03", card.QuerySelector(".card__meta time")!.GetAttribute("datetime"));
        Assert.Equal("◐ En cours ! En retard · 40\u202f%", Collapse(card.QuerySelector(".card__status")!.TextContent));
    }

    [Fact]
    public async Task A_programme_where_nothing_is_late_says_so_and_one_without_indicators_has_no_indicators_file()
    {
        using var site = ProgressSite.On("2021-04-01");
        site.Activity("act", "code: \"1.1\"\norder: 1\nobjective: obj\nperiod: 2021-03/2021-06\nstatus: under-way\n");
        Assert.True((await site.BuildAsync()).Succeeded);
        var page = site.Built.Page("en/programmes/prog/progress/index.html");
        Assert.Equal("No activity is late.", page.QuerySelector("section[aria-labelledby=late] p")!.TextContent);
        Assert.Null(page.QuerySelector("#latest-notes"));
        // No indicator: no section, no file, no link.
        Assert.Null(page.QuerySelector("#indicators"));
        Assert.Equal(3, page.QuerySelectorAll(".open-data a").Length);
        Assert.False(site.Built.Exists("en/programmes/prog/prog-indicators-en.csv"));
    }

    [Fact]
    public void The_latest_notes_come_newest_first_with_their_date_and_activity()
    {
        var notes = ProgressPage("en").QuerySelectorAll(".progress-notes li").ToList();
        Assert.Equal(["1.2 Activity done", "1.1 Activity act"], notes.Select(n => n.QuerySelector("a")!.TextContent));
        Assert.Equal("2021-07-01", notes[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("Report published.", notes[0].QuerySelectorAll("p")[1].TextContent);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    [InlineData("de")]
    public void The_open_data_links_lead_to_the_JSON_and_CSV_of_the_page_s_language_and_to_the_schema(string language)
    {
        var links = ProgressPage(language).QuerySelectorAll(".open-data a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(4, links.Count);
        Assert.EndsWith($"/prog-progress-{language}.json", links[0], StringComparison.Ordinal);
        Assert.EndsWith($"/prog-progress-{language}.csv", links[1], StringComparison.Ordinal);
        Assert.EndsWith($"/prog-indicators-{language}.csv", links[2], StringComparison.Ordinal);
        Assert.All(links, link => Assert.True(Site.Exists(Site.FileFor(link)!), link));
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schemas", "progress-data.schema.json")), Site.Text(Site.FileFor(links[3])!));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    [InlineData("de")]
    public void The_JSON_says_what_the_page_shows(string language)
    {
        var page = ProgressPage(language);
        var json = JsonNode.Parse(Site.Text(Site.FileFor(page.QuerySelector(".open-data a")!.GetAttribute("href")!)!))!;
        Assert.Equal(page.QuerySelector("#overall + .progress-figure meter")!.GetAttribute("value"), ((int?)json["progress"])!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(page.QuerySelector("#overall + .progress-figure .progress-figure__rule")!.TextContent, (string?)json["rule"]);
        var rows = page.QuerySelectorAll("[role=region][aria-labelledby=by-objective] tbody tr").ToList();
        var objectives = json["objectives"]!.AsArray();
        Assert.Equal(rows.Select(r => r.QuerySelector("meter")!.GetAttribute("value")), objectives.Select(o => ((int?)o!["progress"])?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var lateOnPage = page.QuerySelectorAll("section[aria-labelledby=late] .card h3 a").Select(a => a.GetAttribute("href")).ToList();
        var lateInData = json["activities"]!.AsArray().Where(a => (bool?)a!["late"] == true).Select(a => (string?)a!["url"]).ToList();
        Assert.Equal(lateOnPage, lateInData);
    }

    [Fact]
    public void The_programme_s_menu_links_to_its_progress_page_which_is_marked_current_there()
    {
        var programme = Site.Page("en/programmes/prog/index.html");
        var links = programme.QuerySelectorAll(".programme-nav a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Progress", "/sub/en/programmes/prog/progress/"), ("Printable version", "/sub/en/programmes/prog/print/")], links.TakeLast(2));
        var current = ProgressPage("en").QuerySelector(".programme-nav a[aria-current]")!;
        Assert.Equal(("Progress", "page"), (current.TextContent, current.GetAttribute("aria-current")));
        var switcher = ProgressPage("en").QuerySelectorAll(".language-switcher a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/sub/fr/programmes/prog/avancement/", switcher);
        Assert.Contains("/sub/de/programmes/prog/progress/", switcher);
    }

    [Fact]
    public void An_activity_page_shows_its_status_in_words_its_figure_its_update_its_note_and_its_milestones()
    {
        var page = Site.Page("fr/programmes/prog/activites/activite-act/index.html");
        var section = page.QuerySelector("section.activity-progress")!;
        Assert.Equal("Avancement", section.QuerySelector("h2")!.TextContent);
        var facts = section.QuerySelectorAll("dt").Select(dt => (dt.TextContent, Collapse(WithoutHidden(dt.NextElementSibling!)))).ToList();
        Assert.Equal([("État", "En cours En retard"), ("Avancement", "40\u202f%"), ("Dernière mise à jour", "30 juin 2021")], facts);
        Assert.Equal("40", section.QuerySelector("meter")!.GetAttribute("value"));
        Assert.Equal("Le rapport prend du retard.", section.QuerySelector(".progress-note")!.TextContent);
        var milestones = section.QuerySelectorAll(".milestones li").ToList();
        Assert.Equal(["15 avril 2021 Lancement (Faite)", "juin 2021 Rapport (À faire)"], milestones.Select(m => Collapse(WithoutHidden(m))));
        Assert.Equal(["2021-04-15", "2021-06"], milestones.Select(m => m.QuerySelector("time")!.GetAttribute("datetime")));
        Assert.Contains("is-done", milestones[0].ClassList);
    }

    [Fact]
    public void An_activity_card_shows_its_status_and_figure()
    {
        var objective = Site.Page("en/programmes/prog/objectives/obj/index.html");
        var statuses = objective.QuerySelectorAll(".card .card__status").Select(p => Collapse(WithoutHidden(p))).ToList();
        Assert.Equal(["Under way Late · 40%", "Completed · 100%"], statuses);
    }

    [Fact]
    public void An_objective_page_shows_its_figure_with_its_rule()
    {
        var page = Site.Page("de/programmes/prog/objectives/obj/index.html");
        var section = page.QuerySelector("section.objective-progress")!;
        Assert.Equal("Fortschritt", section.QuerySelector("h2")!.TextContent);
        Assert.Equal("70\u00a0%", section.QuerySelector(".progress-figure__text")!.TextContent);
        Assert.Equal("Mittelwert des Fortschritts seiner Aktivitäten (2 gezählt).", section.QuerySelector(".progress-figure__rule")!.TextContent);
    }

    [Fact]
    public void The_timeline_shows_each_activity_s_status_and_its_milestones_in_their_months()
    {
        var timeline = Site.Page("en/programmes/prog/timeline/index.html");
        var row = timeline.QuerySelectorAll("table.timeline tbody tr").Single(r => r.QuerySelector("th[scope=row] a")?.TextContent.Contains("Activity act", StringComparison.Ordinal) == true);
        Assert.Equal("Under way Late", Collapse(WithoutHidden(row.QuerySelector(".timeline__status")!)));
        var cells = row.QuerySelectorAll("td.timeline__cell").ToList();
        Assert.Equal(24, cells.Count);
        var steps = cells.Select((cell, i) => (Month: i + 1, Steps: cell.QuerySelectorAll(".timeline__step").ToList())).Where(c => c.Steps.Count > 0).ToList();
        Assert.Equal([4, 6], steps.Select(s => s.Month));
        Assert.Equal("Milestone: 15 April 2021: Launch (Done)", steps[0].Steps[0].QuerySelector(".visually-hidden")!.TextContent);
        Assert.Equal("Milestone: June 2021: Report (To do)", steps[1].Steps[0].QuerySelector(".visually-hidden")!.TextContent);
        Assert.Contains("is-done", steps[0].Steps[0].ClassList);
        Assert.Equal("true", steps[0].Steps[0].QuerySelector("[aria-hidden]")!.GetAttribute("aria-hidden"));
    }

    [Fact]
    public void An_objective_page_shows_its_indicators_with_baseline_targets_actual_values_and_comments_in_its_language()
    {
        var indicator = Site.Page("de/programmes/prog/objectives/obj/index.html").QuerySelector("section.indicators .indicator")!;
        Assert.Equal("Erreichte Mitglieder", indicator.QuerySelector("caption .indicator__title")!.TextContent);
        Assert.Equal("Ausgangswert: 1.200 associations (Dezember 2020) · Je höher, desto besser", Collapse(indicator.QuerySelector(".indicator__meta")!.TextContent));
        Assert.Equal(["Zeitraum", "Zielwert", "Istwert"], indicator.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal([["2021", "1.500,5 associations", "1.320 associations"], ["2022", "1.800 associations", ""]],
            indicator.QuerySelectorAll("tbody tr").Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToArray()));

        var english = Site.Page("en/programmes/prog/objectives/obj/index.html").QuerySelector("section.indicators .indicator")!;
        Assert.Equal(["2021", "1,500.5 associations", "1,320 associations", "Two associations late in the year."], english.QuerySelectorAll("tbody tr")[0].Children.Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public void An_activity_page_shows_percentage_and_qualitative_indicators_and_which_way_is_better()
    {
        var indicators = Site.Page("fr/programmes/prog/activites/activite-act/index.html").QuerySelectorAll("section.indicators .indicator").ToList();
        Assert.Equal(["Part des dépenses", "Qualité"], indicators.Select(i => i.QuerySelector(".indicator__title")!.TextContent));
        Assert.Equal("Plus c'est bas, mieux c'est", Collapse(indicators[0].QuerySelector(".indicator__meta")!.TextContent));
        Assert.Equal(["1er semestre 2021", "10\u202f%", "12,5\u202f%"], indicators[0].QuerySelectorAll("tbody td, tbody th").Select(c => c.TextContent.Trim()));
        Assert.Null(indicators[1].QuerySelector(".indicator__meta"));
        Assert.Equal(["2021", "A", ""], indicators[1].QuerySelectorAll("tbody td, tbody th").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public void The_progress_page_lists_the_indicators_of_objectives_then_activities_and_links_their_CSV()
    {
        var page = ProgressPage("en");
        Assert.Equal(["1. Objective", "1.1 Activity act"], page.QuerySelectorAll("section[aria-labelledby=indicators] h3 a").Select(a => a.TextContent));
        Assert.Equal(3, page.QuerySelectorAll("section[aria-labelledby=indicators] .indicator").Length);
        var csvLink = page.QuerySelectorAll(".open-data a").Single(a => a.TextContent.StartsWith("Indicators", StringComparison.Ordinal));
        var rows = ProgressOpenDataTests.ParseCsv(Site.Text(Site.FileFor(csvLink.GetAttribute("href")!)!));
        Assert.Equal(["item", "item_code", "item_id", "indicator_id", "title", "kind", "unit", "higher_is_better", "baseline", "baseline_date_edtf", "period_edtf", "period_start", "period_end", "target", "actual", "comment"], rows[0]);
        Assert.Equal(["objective", "1", "obj", "members", "Members reached", "number", "associations", "true", "1200", "2020-12", "2021", "2021-01-01", "2021-12-31", "1500.5", "1320", "Two associations late in the year."], rows[1]);
        Assert.Equal(["activity", "1.1", "act", "share", "Share of spending", "percentage", "", "false", "", "", "2021-40", "2021-01-01", "2021-06-30", "10", "12.5", ""], rows[3]);
        Assert.Equal(["activity", "1.1", "act", "quality", "Quality", "qualitative", "", "true", "", "", "2021", "2021-01-01", "2021-12-31", "A", "", ""], rows[4]);
        Assert.Equal(5, rows.Count);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    [InlineData("de")]
    public void The_JSON_follows_its_schema_and_gives_the_indicators_the_pages_show(string language)
    {
        var page = ProgressPage(language);
        var json = JsonNode.Parse(Site.Text(Site.FileFor(page.QuerySelector(".open-data a")!.GetAttribute("href")!)!))!;
        Assert.Empty(new Schemas.SchemaCatalogue(Path.Combine(RepositoryPaths.Root, "schemas")).Validate(json, "progress-data.schema.json"));
        var members = json["objectives"]![0]!["indicators"]![0]!;
        Assert.Equal(page.QuerySelectorAll("section[aria-labelledby=indicators] .indicator__title")[0].TextContent, (string?)members["title"]);
        Assert.Equal((1200m, "2020-12", 1500.5m, 1320m), ((decimal?)members["baseline"], (string?)members["baselineDate"]!["edtf"], (decimal?)members["values"]![0]!["target"], (decimal?)members["values"]![0]!["actual"]));
        Assert.Null(members["values"]![1]!["actual"]);
        var quality = json["activities"]![0]!["indicators"]![1]!;
        Assert.Equal(("qualitative", "A"), ((string?)quality["kind"], (string?)quality["values"]![0]!["target"]));
        Assert.Empty(json["activities"]![1]!["indicators"]!.AsArray());
    }

    [Fact]
    public void The_printable_page_shows_each_objective_s_and_activity_s_progress_and_indicators_under_headings_of_its_outline()
    {
        var page = Site.Page("en/programmes/prog/print/index.html");
        Assert.Equal("Progress", page.QuerySelector(".programme-nav a[href='/sub/en/programmes/prog/progress/']")!.TextContent);

        var objective = page.QuerySelector("section.print-objective[aria-labelledby='o-obj']")!;
        var figure = objective.QuerySelector("section.objective-progress")!;
        Assert.Equal(("H4", "o-obj-progress", "Progress"), (figure.Children[0].TagName, figure.Children[0].Id, figure.Children[0].TextContent));
        Assert.Equal("70%", figure.QuerySelector(".progress-figure__text")!.TextContent);
        var objectiveIndicators = objective.Children.Single(c => c.ClassList.Contains("indicators"));
        Assert.Equal(["Members reached"], objectiveIndicators.QuerySelectorAll(".indicator__title").Select(t => t.TextContent));

        var activity = page.QuerySelector("section.print-activity[aria-labelledby='a-act']")!;
        var progress = activity.QuerySelector("section.activity-progress")!;
        Assert.Equal(("H5", "a-act-progress"), (progress.Children[0].TagName, progress.Children[0].Id));
        Assert.Equal(["Latest news", "Milestones"], progress.QuerySelectorAll("h6").Select(h => h.TextContent));
        Assert.Equal("Under way Late", Collapse(WithoutHidden(progress.QuerySelector("dd")!)));
        Assert.Equal(2, progress.QuerySelectorAll(".milestones li").Length);
        Assert.Equal("a-act-indicators", activity.QuerySelector("section.indicators h5")!.Id);
        Assert.Equal(["Share of spending", "Quality"], activity.QuerySelectorAll(".indicator__title").Select(t => t.TextContent));

        // Several activities share the page: their progress sections are no landmarks, and no id is written twice.
        Assert.All(page.QuerySelectorAll("section.activity-progress, section.objective-progress, section.indicators"), s => Assert.False(s.HasAttribute("aria-labelledby")));
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task A_programme_without_progress_has_no_progress_page_link_or_markup()
    {
        using var site = new TinySite();
        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.False(site.Built.Exists("en/programmes/prog/progress/index.html"));
        Assert.DoesNotContain(site.Built.HtmlFiles, f => f.Contains("progress", StringComparison.Ordinal) || f.Contains("avancement", StringComparison.Ordinal));
        Assert.All(site.Built.HtmlFiles, file => Assert.Empty(site.Built.Page(file).QuerySelectorAll(".status, .progress-figure, .activity-progress, .timeline__step, meter")));
        Assert.Equal(["Overview", "Timeline", "Key dates", "Printable version"], site.Built.Page("en/programmes/prog/index.html").QuerySelectorAll(".programme-nav a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Progress_in_one_programme_changes_no_byte_of_another_programme_s_pages()
    {
        using var site = new TinySite();
        site.AddProgramme("other", 2, "2021", "Autre", "Other");
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = OtherProgrammeFiles(site);

        site.Activity("act", "code: \"1.1\"\norder: 1\nobjective: obj\nperiod: 2021-03/2021-06\nstatus: under-way\nprogress: 40\n");
        Assert.True((await site.BuildAsync()).Succeeded);

        Assert.NotEmpty(before);
        Assert.Equal(before, OtherProgrammeFiles(site));
    }

    private static Dictionary<string, string> OtherProgrammeFiles(TinySite site) =>
        site.Built.HtmlFiles.Where(f => f.Contains("/programmes/other/", StringComparison.Ordinal)).ToDictionary(f => f, site.Built.Text, StringComparer.Ordinal);

    private static string Collapse(string text) => string.Join(' ', text.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The text a screen reader reads: without what is hidden from it (the shapes).</summary>
    private static string WithoutHidden(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var hidden in copy.QuerySelectorAll("[aria-hidden=true]").ToList())
        {
            hidden.Remove();
        }

        return copy.TextContent;
    }

    /// <summary>
    /// A site in French, English and German, built on 15 July 2021, whose programme has two objectives: the first with a
    /// late activity (under way, 40 %, milestones, a note) and a completed one; the second with a planned one and a
    /// cancelled one.
    /// </summary>
    public sealed class BuiltProgressSite : IDisposable
    {
        private readonly TinySite _site;

        public BuiltProgressSite()
        {
            _site = new TinySite("""
                {
                  "title": { "fr": "Site", "en": "Site EN", "de": "Website" },
                  "baseUrl": "https://example.org/sub/",
                  "defaultLanguage": "fr",
                  "languages": [
                    { "code": "fr", "name": "Français", "locale": "fr-FR", "paths": { "activities": "activites", "progress": "avancement" } },
                    { "code": "en", "name": "English", "locale": "en-GB" },
                    { "code": "de", "name": "Deutsch", "locale": "de-DE" }
                  ],
                  "buildDate": "2021-07-15"
                }
                """);
            _site.Write("content/prog/programme.de.md", "---\ntitle: Programm\norganisation: Netzwerk\nthemes:\n  people:\n    name: Menschen\n---\n\nEinleitung.\n");
            _site.Write("content/prog/objectives/obj.yaml", "kind: specific\ncode: \"1\"\norder: 1\nindicators:\n  - id: members\n    unit: associations\n    baseline: 1200\n    baselineDate: 2020-12\n    values:\n      - period: 2021\n        target: 1500.5\n        actual: 1320\n      - period: 2022\n        target: 1800\n");
            _site.Write("content/prog/objectives/obj.fr.md", "---\ntitle: Objectif\nslug: objectif\nindicators:\n  members:\n    title: Membres touchés\n    comments:\n      \"2021\": Deux associations en fin d'année.\n---\n\nTexte.\n");
            _site.Write("content/prog/objectives/obj.en.md", "---\ntitle: Objective\nindicators:\n  members:\n    title: Members reached\n    comments:\n      \"2021\": Two associations late in the year.\n---\n\nText.\n");
            _site.Write("content/prog/objectives/obj.de.md", "---\ntitle: Ziel\nindicators:\n  members:\n    title: Erreichte Mitglieder\n---\n\nText.\n");
            _site.Write("content/prog/key-dates.yaml", "- date: 2021-05-31\n  title:\n    fr: Semaine verte\n    en: Green Week\n    de: Grüne Woche\n");
            Objective("two", "kind: specific\ncode: \"2\"\norder: 2\n", "Objectif deux", "Objective two", "Ziel zwei");
            Activity("act", "code: \"1.1\"\norder: 1\nobjective: obj\nthemes: [people]\nperiod: 2021-03/2021-06\nstatus: under-way\nprogress: 40\nupdated: 2021-06-30\nmilestones:\n  - id: launch\n    date: 2021-04-15\n    done: true\n  - id: report\n    date: 2021-06\nindicators:\n  - id: share\n    kind: percentage\n    higherIsBetter: false\n    values:\n      - period: 2021-H1\n        target: 10\n        actual: 12.5\n  - id: quality\n    kind: qualitative\n    values:\n      - period: 2021\n        target: A\n",
                ("Activité act", "milestones:\n  launch: Lancement\n  report: Rapport\nprogressNote: Le rapport prend du retard.\nindicators:\n  share:\n    title: Part des dépenses\n  quality:\n    title: Qualité\n"),
                ("Activity act", "milestones:\n  launch: Launch\n  report: Report\nprogressNote: The report is running late.\nindicators:\n  share:\n    title: Share of spending\n  quality:\n    title: Quality\n"),
                ("Aktivität act", "milestones:\n  launch: Start\n  report: Bericht\nprogressNote: Der Bericht verspätet sich.\nindicators:\n  share:\n    title: Ausgabenanteil\n  quality:\n    title: Qualität\n"));
            Activity("done", "code: \"1.2\"\norder: 2\nobjective: obj\nthemes: [people]\nperiod: 2021-02\nstatus: completed\nupdated: 2021-07-01\n",
                ("Activité faite", "progressNote: Rapport publié.\n"), ("Activity done", "progressNote: Report published.\n"), ("Aktivität erledigt", "progressNote: Bericht veröffentlicht.\n"));
            Activity("later", "code: \"2.1\"\norder: 1\nobjective: two\nperiod: 2022\nstatus: planned\n", ("Plus tard", ""), ("Later", ""), ("Später", ""));
            Activity("dropped", "code: \"2.2\"\norder: 2\nobjective: two\nperiod: 2021-05\nstatus: cancelled\n", ("Abandonnée", ""), ("Dropped", ""), ("Abgesagt", ""));
            var result = _site.BuildAsync().GetAwaiter().GetResult();
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            Assert.Empty(result.Diagnostics);
        }

        internal BuiltSite Site => _site.Built;

        public void Dispose() => _site.Dispose();

        private void Objective(string id, string neutral, string fr, string en, string de)
        {
            _site.Write($"content/prog/objectives/{id}.yaml", neutral);
            _site.Write($"content/prog/objectives/{id}.fr.md", $"---\ntitle: {fr}\n---\n\nTexte.\n");
            _site.Write($"content/prog/objectives/{id}.en.md", $"---\ntitle: {en}\n---\n\nText.\n");
            _site.Write($"content/prog/objectives/{id}.de.md", $"---\ntitle: {de}\n---\n\nText.\n");
        }

        private void Activity(string id, string neutral, (string Title, string FrontMatter) fr, (string Title, string FrontMatter) en, (string Title, string FrontMatter) de)
        {
            _site.Write($"content/prog/activities/{id}.yaml", neutral);
            _site.Write($"content/prog/activities/{id}.fr.md", $"---\ntitle: {fr.Title}\nslug: activite-{id}\n{fr.FrontMatter}---\n\nTexte.\n");
            _site.Write($"content/prog/activities/{id}.en.md", $"---\ntitle: {en.Title}\n{en.FrontMatter}---\n\nText.\n");
            _site.Write($"content/prog/activities/{id}.de.md", $"---\ntitle: {de.Title}\n{de.FrontMatter}---\n\nText.\n");
        }
    }
}
