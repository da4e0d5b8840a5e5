using WorkPlanSite.Building;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;
using WorkPlanSite.Scaffolding;
using WorkPlanSite.Tests.Schemas;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Authoring;

/// <summary>
/// <c>workplansite init</c> and <c>workplansite new</c>: what they create passes <c>check</c> without an error or
/// a warning, and is valid against the schemas; mistakes in the command create nothing and say why.
/// </summary>
public sealed class ScaffoldingTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    [Fact]
    public void The_Pages_workflow_keeps_the_compiled_templates_between_runs_keyed_by_the_tool_and_the_site_theme_files()
    {
        using var temp = new TempFolder();
        var root = temp.Combine("my-site");
        Assert.True(SiteInitializer.Init(root, Today).Succeeded);

        var workflow = new YamlDotNet.RepresentationModel.YamlStream();
        workflow.Load(new StringReader(File.ReadAllText(Path.Combine(root, ".github", "workflows", "pages.yml"))));
        var document = (YamlDotNet.RepresentationModel.YamlMappingNode)workflow.Documents[0].RootNode;
        var environment = (YamlDotNet.RepresentationModel.YamlMappingNode)document["env"];
        var steps = (YamlDotNet.RepresentationModel.YamlSequenceNode)((YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlMappingNode)document["jobs"])["build"])["steps"];
        var cache = steps.Children.OfType<YamlDotNet.RepresentationModel.YamlMappingNode>()
            .Single(s => s.Children.TryGetValue("uses", out var uses) && uses.ToString().StartsWith("actions/cache@", StringComparison.Ordinal));
        var with = (YamlDotNet.RepresentationModel.YamlMappingNode)cache["with"];
        var build = steps.Children.OfType<YamlDotNet.RepresentationModel.YamlMappingNode>()
            .Select((s, i) => (s, i)).Single(p => p.s.Children.TryGetValue("name", out var name) && name.ToString() == "Build the site").i;

        Assert.Equal("${{ github.workspace }}/" + with["path"], environment["WORKPLANSITE_CACHE"].ToString());
        Assert.Contains("hashFiles('themes/**')", with["key"].ToString(), StringComparison.Ordinal);
        Assert.Contains("steps.source.outputs.commit", with["key"].ToString(), StringComparison.Ordinal);
        Assert.True(steps.Children.IndexOf(cache) < build, "the cache is restored before the build");
    }

    [Fact]
    public void Git_ignores_what_a_build_and_the_search_tool_install_write_in_the_site()
    {
        using var temp = new TempFolder();
        var root = temp.Combine("my-site");
        Assert.True(SiteInitializer.Init(root, Today).Succeeded);

        var ignored = File.ReadAllLines(Path.Combine(root, ".gitignore"));

        // The output, the tool's own folder (template cache), and Pagefind as the build's hint installs it
        // ('npm install pagefind' in the site's folder): its package files are the site's, node_modules is not.
        Assert.Equal(["_site/", ".workplansite/", "node_modules/"], ignored);
    }

    [Fact]
    public void The_sample_programme_starts_six_months_before_the_day_the_site_is_made_and_no_token_is_left()
    {
        using var temp = new TempFolder();
        var root = temp.Combine("my-site");
        Assert.True(SiteInitializer.Init(root, new DateOnly(2027, 2, 10)).Succeeded);

        var sample = Path.Combine(root, "content", SiteInitializer.SampleProgramme);
        Assert.Contains("period: 2026-08/2028-07\n", File.ReadAllText(Path.Combine(sample, "programme.yaml")), StringComparison.Ordinal);
        Assert.Contains("title: Work programme 2026-2028\n", File.ReadAllText(Path.Combine(sample, "programme.en.md")), StringComparison.Ordinal);
        Assert.Contains("updated: 2027-01-01\n", File.ReadAllText(Path.Combine(sample, "activities", "1-2-visits.yaml")), StringComparison.Ordinal);
        Assert.Contains("- date: 2027-Q3\n", File.ReadAllText(Path.Combine(sample, "key-dates.yaml")), StringComparison.Ordinal);
        Assert.All(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories), file => Assert.DoesNotContain("{{wps:", File.ReadAllText(file), StringComparison.Ordinal));
        // GitHub's own expressions in the workflow are not tokens of ours.
        Assert.Contains("${{ github.workspace }}", File.ReadAllText(Path.Combine(root, ".github", "workflows", "pages.yml")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_translations_are_stamped_as_matching_their_originals_so_a_later_change_is_noticed()
    {
        using var temp = new TempFolder();
        var root = temp.Combine("my-site");
        Assert.True(SiteInitializer.Init(root, Today).Succeeded);

        var report = TranslationStatusRunner.Run(new BuildOptions(Path.Combine(root, "site.config.json"))).Report!;
        var english = report.Languages.Single(l => l.Language == "en").Entries.Where(e => e.Kind != WorkPlanSite.Translating.TranslatedKind.KeyDate).ToList();
        Assert.Equal(13, english.Count);
        Assert.All(english, e => Assert.Equal(WorkPlanSite.Translating.TranslationState.UpToDate, e.State));
        Assert.Contains("\ntranslatedFrom: fr@", File.ReadAllText(Path.Combine(root, "content", "pages", "about.en.md")), StringComparison.Ordinal);

        // Once the French text changes, its translation is outdated.
        File.AppendAllText(Path.Combine(root, "content", "sample", "activities", "1-1-meetings.fr.md"), "\nUne phrase de plus.\n");
        report = TranslationStatusRunner.Run(new BuildOptions(Path.Combine(root, "site.config.json"))).Report!;
        Assert.Equal(WorkPlanSite.Translating.TranslationState.Outdated,
            report.Languages.Single(l => l.Language == "en").Entries.Single(e => e.File == "content/sample/activities/1-1-meetings.en.md").State);
    }

    [Fact]
    public async Task Init_creates_a_site_that_checks_builds_and_matches_the_schemas()
    {
        using var temp = new TempFolder();
        var root = temp.Combine("my-site");

        var result = SiteInitializer.Init(root, Today);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Contains("site.config.json", result.Created);
        Assert.Contains(".github/workflows/pages.yml", result.Created);
        Assert.Contains("schemas/site.config.schema.json", result.Created);
        Assert.Contains("content/sample/programme.fr.md", result.Created);
        Assert.Contains("content/sample/programme.en.md", result.Created);
        Assert.Contains("content/pages/accessibility.fr.md", result.Created);
        Assert.Contains("content/pages/accessibility.en.md", result.Created);
        var options = new BuildOptions(Path.Combine(root, "site.config.json"), Path.Combine(root, "_site"));
        await AssertChecksCleanAsync(options);
        Assert.Empty(SchemaTests.Problems(options.ConfigPath, Path.Combine(root, "content")));
        var built = await new SiteBuilder().BuildAsync(options);
        Assert.True(built.Succeeded);
        Assert.True(File.Exists(Path.Combine(root, "_site", "fr", "programmes", "sample", "activites", "rencontres", "index.html")));
        Assert.True(File.Exists(Path.Combine(root, "_site", "en", "programmes", "sample", "activities", "meetings", "index.html")));

        // A placeholder logo of its own, in the header with its text alternative, and as the favicon.
        Assert.Contains("branding/logo.svg", result.Created);
        var home = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(root, "_site", "fr", "index.html")));
        var logo = home.QuerySelector("header .site-title img")!;
        Assert.Equal("/my-site/site/branding/logo.svg", logo.GetAttribute("src"));
        Assert.Equal("Notre organisation", logo.GetAttribute("alt"));
        Assert.Equal("/my-site/site/branding/logo.svg", home.QuerySelector("link[rel=icon]")!.GetAttribute("href"));
        Assert.True(File.Exists(Path.Combine(root, "_site", "site", "branding", "logo.svg")));

        // The schemas the site gets are the repository's.
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schemas", "activity.schema.json")), File.ReadAllText(Path.Combine(root, "schemas", "activity.schema.json")));
    }

    [Fact]
    public async Task Init_writes_the_site_own_pages_in_every_language_and_the_menus_that_lead_to_them()
    {
        using var temp = new TempFolder();
        var root = temp.Combine("my-site");
        Assert.True(SiteInitializer.Init(root, Today).Succeeded);
        var options = new BuildOptions(Path.Combine(root, "site.config.json"), Path.Combine(root, "_site"));
        await AssertChecksCleanAsync(options);
        Assert.True((await new SiteBuilder().BuildAsync(options)).Succeeded);

        var site = new BuiltSite(Path.Combine(root, "_site"), "https://my-org.github.io/my-site/");
        foreach (var (french, english) in new[] { ("a-propos", "about"), ("contact", "contact"), ("mentions-legales", "legal-notice"), ("accessibilite", "accessibility") })
        {
            Assert.True(site.Exists($"fr/{french}/index.html"), french);
            Assert.True(site.Exists($"en/{english}/index.html"), english);
        }

        var home = site.Page("en/index.html");
        Assert.Equal(["/my-site/en/about/"], home.QuerySelectorAll("nav.main-menu a").Select(a => a.GetAttribute("href")).ToList());
        Assert.Equal(
            ["/my-site/en/contact/", "/my-site/en/legal-notice/", "/my-site/en/accessibility/"],
            home.QuerySelectorAll("nav.footer-menu a").Select(a => a.GetAttribute("href")).ToList());

        // The accessibility statement has the sections of the EU model statement, with what only the organisation
        // knows left for it to complete.
        foreach (var (language, file, sections, marker) in new[]
        {
            ("fr", "fr/accessibilite/index.html", new[] { "État de conformité", "Contenus non accessibles", "Établissement de cette déclaration", "Retour d'information et contact", "Procédure de mise en œuvre" }, "[À compléter"),
            ("en", "en/accessibility/index.html", new[] { "Compliance status", "Non-accessible content", "Preparation of this accessibility statement", "Feedback and contact information", "Enforcement procedure" }, "[To be completed"),
        })
        {
            var statement = site.Page(file);
            Assert.Equal(sections, statement.QuerySelectorAll("main h2").Select(h => h.TextContent).ToArray());
            Assert.Contains(marker, statement.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("2016/2102", statement.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(language, statement.DocumentElement.GetAttribute("lang"));
        }
    }

    [Fact]
    public async Task New_page_writes_a_page_in_every_language_that_checks_clean_and_matches_the_schemas()
    {
        using var temp = new TempFolder();
        Assert.True(SiteInitializer.Init(temp.Path, Today).Succeeded);
        var options = new BuildOptions(temp.Combine("site.config.json"));
        var scaffolder = new ContentScaffolder(LoadConfig(options));

        var page = scaffolder.NewPage("team", "about");
        Assert.True(page.Succeeded, string.Join("\n", page.Problems));
        Assert.Equal(["content/pages/team.en.md", "content/pages/team.fr.md", "content/pages/team.yaml"], page.Created.ToArray());
        Assert.True(scaffolder.NewPage("partners").Succeeded);

        await AssertChecksCleanAsync(options);
        Assert.Empty(SchemaTests.Problems(options.ConfigPath, temp.Combine("content")));
        Assert.Contains("parent: about\n", File.ReadAllText(temp.Combine("content", "pages", "team.yaml")), StringComparison.Ordinal);
        Assert.StartsWith("# yaml-language-server: $schema=../../schemas/page.schema.json\n", File.ReadAllText(temp.Combine("content", "pages", "team.yaml")), StringComparison.Ordinal);
        var built = await new SiteBuilder().BuildAsync(options with { OutputDirectory = temp.Combine("_site") });
        Assert.True(built.Succeeded);
        Assert.True(File.Exists(temp.Combine("_site", "fr", "a-propos", "team", "index.html")));
        Assert.True(File.Exists(temp.Combine("_site", "en", "partners", "index.html")));
    }

    [Theory]
    [InlineData("contact", null, "There is already a page 'contact'.", null)]
    [InlineData("Notre équipe", null, "may only hold lower-case letters", "notre-equipe")]
    [InlineData("team", "abuot", "There is no page 'abuot' to put the new page under.", "Did you mean 'about'?")]
    public void A_mistake_in_new_page_creates_nothing_and_says_why(string id, string? parent, string expected, string? hint)
    {
        using var temp = new TempFolder();
        Assert.True(SiteInitializer.Init(temp.Path, Today).Succeeded);
        var scaffolder = new ContentScaffolder(LoadConfig(new BuildOptions(temp.Combine("site.config.json"))));
        var before = Directory.EnumerateFiles(temp.Path, "*", SearchOption.AllDirectories).Count();

        var problem = Assert.Single(scaffolder.NewPage(id, parent).Problems);

        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        if (hint is not null)
        {
            Assert.Contains(hint, problem.Hint, StringComparison.Ordinal);
        }

        Assert.Equal(before, Directory.EnumerateFiles(temp.Path, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void Init_refuses_a_folder_that_is_not_empty()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("notes.txt"), "mine");

        var result = SiteInitializer.Init(temp.Path, Today);

        Assert.False(result.Succeeded);
        Assert.Contains("not empty", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
        Assert.Single(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public async Task New_programme_objectives_and_activities_in_a_new_site_check_clean_and_match_the_schemas()
    {
        using var temp = new TempFolder();
        Assert.True(SiteInitializer.Init(temp.Path, Today).Succeeded);
        var options = new BuildOptions(temp.Combine("site.config.json"));
        var scaffolder = new ContentScaffolder(LoadConfig(options));

        Assert.True(scaffolder.NewProgramme("together-2027", "2027/2028").Succeeded);
        Assert.True(scaffolder.NewObjective("together-2027", "general", ObjectiveKind.General).Succeeded);
        Assert.True(scaffolder.NewObjective("together-2027", "1-cooperation").Succeeded);
        // The only specific objective is taken when none is given.
        var activity = scaffolder.NewActivity("together-2027", "1-1-meetings");
        Assert.True(activity.Succeeded, string.Join("\n", activity.Problems));
        Assert.Equal(
            ["content/together-2027/activities/1-1-meetings.en.md", "content/together-2027/activities/1-1-meetings.fr.md", "content/together-2027/activities/1-1-meetings.yaml"],
            activity.Created.ToArray());
        Assert.Contains("objective: 1-cooperation\n", File.ReadAllText(temp.Combine("content", "together-2027", "activities", "1-1-meetings.yaml")), StringComparison.Ordinal);
        Assert.True(scaffolder.NewObjective("together-2027", "2-visibility").Succeeded);
        Assert.True(scaffolder.NewActivity("together-2027", "2-1-website", "2-visibility").Succeeded);
        // The sample has two specific objectives: a new activity in it names its own.
        Assert.True(scaffolder.NewActivity("sample", "1-4-exchanges", "1-cooperation").Succeeded);

        await AssertChecksCleanAsync(options);
        Assert.Empty(SchemaTests.Problems(options.ConfigPath, temp.Combine("content")));
        Assert.StartsWith("# yaml-language-server: $schema=../../../schemas/activity.schema.json\n", File.ReadAllText(temp.Combine("content", "together-2027", "activities", "2-1-website.yaml")), StringComparison.Ordinal);
        // The progress keys are there, commented out, for when the programme is followed.
        var neutral = File.ReadAllText(temp.Combine("content", "together-2027", "activities", "2-1-website.yaml"));
        Assert.All(["# status:", "# progress:", "# updated:", "# weight:", "# milestones:", "# indicators:"], key => Assert.Contains(key, neutral, StringComparison.Ordinal));
        var french = File.ReadAllText(temp.Combine("content", "together-2027", "activities", "2-1-website.fr.md"));
        Assert.All(["# milestones:", "# progressNote:", "# indicators:"], key => Assert.Contains(key, french, StringComparison.Ordinal));
        Assert.All(["# weight:", "# indicators:"], key => Assert.Contains(key, File.ReadAllText(temp.Combine("content", "together-2027", "objectives", "2-visibility.yaml")), StringComparison.Ordinal));
    }

    [Fact]
    public async Task New_items_in_a_site_with_other_languages_get_a_file_per_language()
    {
        using var site = new TinySite();
        var scaffolder = new ContentScaffolder(LoadConfig(site.Options));

        Assert.True(scaffolder.NewActivity("prog", "second").Succeeded);
        Assert.True(scaffolder.NewProgramme("other").Succeeded);

        await AssertChecksCleanAsync(site.Options);
        Assert.True(File.Exists(Path.Combine(site.Root, "content", "prog", "activities", "second.fr.md")));
        Assert.True(File.Exists(Path.Combine(site.Root, "content", "prog", "activities", "second.en.md")));
        // The tiny site has no schemas folder: no modeline pointing at nothing.
        Assert.DoesNotContain("yaml-language-server", File.ReadAllText(Path.Combine(site.Root, "content", "other", "programme.yaml")), StringComparison.Ordinal);
        Assert.Contains("period: 2021/2022", File.ReadAllText(Path.Combine(site.Root, "content", "other", "programme.yaml")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("programme", "Mon Programme", null, "may only hold lower-case letters", "mon-programme")]
    [InlineData("objective", "prog/obj", null, "already exists", null)]
    [InlineData("objective", "nope/x", null, "There is no programme 'nope'", null)]
    [InlineData("objective", "prog/general", "general", null, null)]
    [InlineData("activity", "prog/x", "objective-1", "has no specific objective 'objective-1'", null)]
    public void Mistakes_create_nothing_and_say_why(string what, string path, string? option, string? expected, string? hint)
    {
        using var site = new TinySite();
        var scaffolder = new ContentScaffolder(LoadConfig(site.Options));
        var before = Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories).Count();
        var parts = path.Split('/');

        var result = what switch
        {
            "programme" => scaffolder.NewProgramme(path),
            "objective" => scaffolder.NewObjective(parts[0], parts[1], option == "general" ? ObjectiveKind.General : ObjectiveKind.Specific),
            _ => scaffolder.NewActivity(parts[0], parts[1], option),
        };

        if (expected is null)
        {
            // A first general objective is fine; a second is refused.
            Assert.True(result.Succeeded);
            var second = scaffolder.NewObjective("prog", "another", ObjectiveKind.General);
            Assert.Contains("already has a general objective ('general')", Assert.Single(second.Problems).Message, StringComparison.Ordinal);
            return;
        }

        var problem = Assert.Single(result.Problems);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        if (hint is not null)
        {
            Assert.Contains(hint, problem.Hint, StringComparison.Ordinal);
        }

        Assert.Equal(before, Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void An_activity_in_a_programme_with_several_objectives_must_name_one()
    {
        using var site = new TinySite();
        var scaffolder = new ContentScaffolder(LoadConfig(site.Options));
        Assert.True(scaffolder.NewObjective("prog", "second").Succeeded);

        var result = scaffolder.NewActivity("prog", "x");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("Which objective does the activity serve?", problem.Message);
        Assert.Equal("Add --objective with one of: obj, second.", problem.Hint);
    }

    private static SiteConfig LoadConfig(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(options, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return config!;
    }

    private static async Task AssertChecksCleanAsync(BuildOptions options)
    {
        var result = await new SiteBuilder().CheckAsync(options);
        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
    }
}
