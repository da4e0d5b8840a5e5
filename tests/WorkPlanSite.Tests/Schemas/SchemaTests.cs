using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Schemas;

/// <summary>
/// The JSON Schemas in <c>schemas/</c> let editors flag mistakes while typing. They must accept all the example
/// content, refuse what the build refuses, and name exactly the keys the loaders read. JsonSchema.Net evaluates
/// them under the draft they declare (<see cref="SchemaCatalogue"/>).
/// </summary>
public sealed class SchemaTests
{
    private static readonly string SchemaFolder = Path.Combine(RepositoryPaths.Root, "schemas");
    private static readonly SchemaCatalogue Catalogue = new(SchemaFolder);

    /// <summary>Which schema checks a content file, by its place in a programme folder (null: not a content file).</summary>
    internal static string? SchemaFor(string relativePath)
    {
        var parts = relativePath.Replace('\\', '/').Split('/');
        var name = parts[^1];
        var folder = parts.Length > 1 ? parts[^2] : "";
        var markdown = name.EndsWith(".md", StringComparison.Ordinal);
        var kind = name switch
        {
            // The home page's introduction is Markdown, with no keys (a translation stamp at most).
            _ when parts.Length == 1 && name.StartsWith("home.", StringComparison.Ordinal) && markdown => "",
            _ when parts[0] == "pages" => "page",
            "key-dates.yaml" => "key-dates",
            _ when name.StartsWith("programme.", StringComparison.Ordinal) => "programme",
            _ when folder == "objectives" => "objective",
            _ when folder == "activities" => "activity",
            _ => null,
        };
        return kind is null or "" ? kind : markdown ? $"{kind}.front-matter.schema.json" : $"{kind}.schema.json";
    }

    /// <summary>The YAML of a content file: the whole file, or the front matter of a Markdown file.</summary>
    internal static JsonNode? ReadYaml(string path)
    {
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (path.EndsWith(".md", StringComparison.Ordinal))
        {
            var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
            text = text[4..end];
        }

        return YamlAsJson.Parse(text);
    }

    /// <summary>Every problem of every content file under <paramref name="contentFolder"/> and of the configuration.</summary>
    internal static List<string> Problems(string configPath, string contentFolder)
    {
        var problems = Catalogue.Validate(JsonNode.Parse(File.ReadAllText(configPath)), "site.config.schema.json")
            .Select(p => $"{Path.GetFileName(configPath)}: {p}").ToList();
        foreach (var file in Directory.EnumerateFiles(contentFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(contentFolder, file);
            var schema = SchemaFor(relative);
            Assert.True(schema is not null, $"No schema for {relative}");
            if (schema.Length == 0)
            {
                continue;
            }

            problems.AddRange(Catalogue.Validate(ReadYaml(file), schema).Select(p => $"{relative}: {p}"));
        }

        return problems;
    }

    [Fact]
    public void The_example_configuration_and_every_example_content_file_are_valid()
    {
        var problems = Problems(RepositoryPaths.ExampleConfig, Path.Combine(RepositoryPaths.Root, "content"));
        Assert.Empty(problems);
        Assert.True(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "content"), "*", SearchOption.AllDirectories).Count() > 100);
    }

    [Fact]
    public void The_example_configuration_names_its_schema()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.ExampleConfig));
        var schema = config.RootElement.GetProperty("$schema").GetString()!;
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, schema)), schema);
    }

    [Theory]
    [InlineData("programme.schema.json", "period: 2021/2022\nthemes: [people]\n")]
    [InlineData("programme.schema.json", "period: 2012\ntimeline:\n  scale: quarter\n")]
    [InlineData("activity.schema.json", "code: \"1.1\"\nperiod: 2021-03~\nlead: Secrétariat\npartners:\n  - PLATFORMA\n  - fr: CGLU\n    en: UCLG\n")]
    [InlineData("activity.schema.json", "period: 2014-Q1/2014-H2\nphases: consolidation\n")]
    [InlineData("activity.schema.json", "period:\nphases: []\n")]
    [InlineData("key-dates.schema.json", "- date: 2021-autumn\n  title: { fr: Automne, en: Autumn }\n  place: Porto\n")]
    [InlineData("key-dates.schema.json", "- date: 2021-03/..\n  title: Ouverture\n")]
    [InlineData("activity.front-matter.schema.json", "title: Policy monitoring\ntranslatedFrom: fr@3f2a9c1b\n")]
    [InlineData("page.schema.json", "order: 2\nparent: about\noriginalLanguage: fr\n")]
    [InlineData("page.front-matter.schema.json", "title: Équipe\nslug: equipe\ndescription: Qui nous sommes.\ntranslatedFrom: fr@3f2a9c1b\n")]
    public void The_schemas_accept_what_the_build_accepts(string schema, string yaml) =>
        Assert.Empty(Catalogue.Validate(YamlAsJson.Parse(yaml), schema));

    [Theory]
    [InlineData("programme.schema.json", "period: 2021/2022\ntheme: [people]\n", "additionalProperties", "/theme")]
    [InlineData("programme.schema.json", "order: 1\n", "required", "")]
    [InlineData("programme.schema.json", "period: March 2021\n", "pattern", "/period")]
    [InlineData("programme.schema.json", "period: 2021\ntimeline:\n  scale: week\n", "enum", "/timeline/scale")]
    [InlineData("objective.schema.json", "kind: main\n", "enum", "/kind")]
    [InlineData("activity.schema.json", "objective: Objectif 1\n", "pattern", "/objective")]
    [InlineData("activity.front-matter.schema.json", "slug: Activité\ntitle: x\n", "pattern", "/slug")]
    [InlineData("activity.front-matter.schema.json", "expectedResults: x\n", "required", "")]
    [InlineData("objective.front-matter.schema.json", "title: x\ntranslatedFrom: fr-3f2a9c1b\n", "pattern", "/translatedFrom")]
    [InlineData("key-dates.schema.json", "date: 2021-01-28\ntitle: x\n", "type", "")]
    [InlineData("key-dates.schema.json", "- date: 2021-13-45/2022/2023\n  title: x\n", "pattern", "/0/date")]
    [InlineData("activity.schema.json", "themes: [Les Personnes]\n", "pattern", "/themes/0")]
    [InlineData("key-dates.schema.json", "- date: 2021-05\n  title: { fr: x, FR: y }\n", "pattern", "/0/title/FR")]
    [InlineData("page.schema.json", "parent: À propos\n", "pattern", "/parent")]
    [InlineData("page.front-matter.schema.json", "slug: equipe\n", "required", "")]
    [InlineData("site.config.schema.json", "title: x\nbaseUrl: https://e.org/\ndefaultLanguage: fr\nlanguages: [{ code: fr, name: Français }]\nmenus: { main: [{ page: about, programme: ccre }] }\n", "required", "/menus/main/0")]
    [InlineData("site.config.schema.json", "title: x\nbaseUrl: https://e.org/\ndefaultLanguage: fr\nlanguages: [{ code: fr, name: Français }]\nmenus: { main: [{ url: https://e.org/ }] }\n", "required", "/menus/main/0")]
    [InlineData("site.config.schema.json", "title: x\nbaseUrl: https://e.org/\ndefaultLanguage: fr\nlanguages: [{ code: fr, name: Français }]\nmenus: { main: [{ label: x, children: [{ label: y, children: [] }] }] }\n", "additionalProperties", "/menus/main/0/children/0/children")]
    [InlineData("site.config.schema.json", "title: x\nbaseUrl: https://e.org/\ndefaultLanguage: fr\nlanguages: [{ code: fr, name: Français }]\nmenus: { side: [] }\n", "additionalProperties", "/menus/side")]
    public void The_schemas_flag_what_the_build_refuses_with_the_keyword_and_the_place(string schema, string yaml, string keyword, string location)
    {
        var problems = Catalogue.Validate(YamlAsJson.Parse(yaml), schema);
        Assert.True(problems.Any(p => p.Keyword == keyword && p.Location == location),
            $"expected {keyword} at '{location}', found: {string.Join("; ", problems)}");
    }

    [Fact]
    public void The_menu_entries_of_the_configuration_schema_name_exactly_the_keys_the_reader_reads()
    {
        var type = typeof(WorkPlanSite.Building.SiteBuilder).Assembly.GetType("WorkPlanSite.Configuration.MenuConfigReader", throwOnError: true)!;
        string[] Keys(string field) => (string[])type.GetField(field, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(SchemaFolder, "site.config.schema.json")));
        var root = schema.RootElement;
        IEnumerable<string> Names(JsonElement properties) => properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(Keys("MenuKeys").Order(StringComparer.Ordinal), Names(root.GetProperty("properties").GetProperty("menus").GetProperty("properties")));
        Assert.Equal(Keys("EntryKeys").Order(StringComparer.Ordinal), Names(root.GetProperty("definitions").GetProperty("menuEntry").GetProperty("properties")));
        Assert.Equal(Keys("EntryKeys").Where(k => k != "children").Order(StringComparer.Ordinal), Names(root.GetProperty("definitions").GetProperty("menuChild").GetProperty("properties")));
    }

    [Fact]
    public void Every_schema_is_in_the_catalogue_under_the_draft_it_declares() =>
        Assert.Equal(Directory.EnumerateFiles(SchemaFolder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal), Catalogue.Names);

    [Fact]
    public void A_keyword_unknown_to_the_draft_is_a_problem_rather_than_ignored()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("x.schema.json"), """
            { "$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "requried": ["a"],
              "properties": { "a": { "$ref": "y.schema.json#/definitions/id" } } }
            """);
        File.WriteAllText(folder.Combine("y.schema.json"), """
            { "$schema": "http://json-schema.org/draft-07/schema#", "definitions": { "id": { "type": "string", "pattern": "^[a-z]+$" } } }
            """);
        var catalogue = new SchemaCatalogue(folder.Path);
        var problem = Assert.Single(catalogue.Validate(JsonNode.Parse("""{ "a": "b" }"""), "x.schema.json"));
        Assert.Equal("$unknownKeywords", problem.Keyword);
        Assert.Contains("requried", problem.Message, StringComparison.Ordinal);
        // The sibling file's definition is reached through the $ref and applied.
        Assert.Contains(catalogue.Validate(JsonNode.Parse("""{ "a": "B" }"""), "x.schema.json"), p => p.Keyword == "pattern" && p.Location == "/a");
    }

    private static string TranslationStampKey => (string)typeof(WorkPlanSite.Building.SiteBuilder).Assembly
        .GetType("WorkPlanSite.Loading.TranslationSourceReader", throwOnError: true)!
        .GetField("Key", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    [Theory]
    [InlineData("WorkPlanSite.Loading.ProgrammeLoader", "NeutralKeys", "programme.schema.json")]
    [InlineData("WorkPlanSite.Loading.ProgrammeLoader", "TextKeys", "programme.front-matter.schema.json")]
    [InlineData("WorkPlanSite.Loading.ObjectiveLoader", "NeutralKeys", "objective.schema.json")]
    [InlineData("WorkPlanSite.Loading.ObjectiveLoader", "TextKeys", "objective.front-matter.schema.json")]
    [InlineData("WorkPlanSite.Loading.ActivityLoader", "NeutralKeys", "activity.schema.json")]
    [InlineData("WorkPlanSite.Loading.ActivityLoader", "TextKeys", "activity.front-matter.schema.json")]
    [InlineData("WorkPlanSite.Loading.KeyDateLoader", "Keys", "key-dates.schema.json")]
    [InlineData("WorkPlanSite.Configuration.SiteConfigLoader", "KnownKeys", "site.config.schema.json")]
    [InlineData("WorkPlanSite.Loading.PageLoader", "NeutralKeys", "page.schema.json")]
    [InlineData("WorkPlanSite.Loading.PageLoader", "TextKeys", "page.front-matter.schema.json")]
    public void Each_schema_names_exactly_the_keys_its_loader_reads(string loader, string field, string schemaFile)
    {
        var type = typeof(WorkPlanSite.Building.SiteBuilder).Assembly.GetType(loader, throwOnError: true)!;
        var keys = (string[])type.GetField(field, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        if (schemaFile.EndsWith(".front-matter.schema.json", StringComparison.Ordinal))
        {
            // Every Markdown content file may carry its translation stamp.
            keys = [.. keys, TranslationStampKey];
        }

        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(SchemaFolder, schemaFile)));
        var root = schema.RootElement;
        var properties = (root.TryGetProperty("items", out var items) ? items : root).GetProperty("properties");
        Assert.Equal(keys.Order(StringComparer.Ordinal), properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }
}
