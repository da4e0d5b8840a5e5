using WorkPlanSite.Building;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Site;

/// <summary>Mistakes authors make: each gives an error naming the file, line and column, and the build writes nothing.</summary>
public sealed class ContentErrorTests
{
    private static Diagnostic SingleError(BuildResult result)
    {
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    /// <summary>The one error of a build of the tiny site with <paramref name="path"/> written as <paramref name="text"/>.</summary>
    private static async Task<Diagnostic> OnlyErrorAsync(string path, string text)
    {
        using var site = new TinySite();
        site.Write(path, text);
        return SingleError(await site.BuildAsync());
    }

    [Fact]
    public async Task The_tiny_site_builds_cleanly()
    {
        using var site = new TinySite();
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(LinkChecker.BrokenLinks(site.Built));
    }

    [Fact]
    public async Task An_unknown_key_is_reported_at_its_line_with_a_suggestion()
    {
        var error = await OnlyErrorAsync("content/prog/activities/act.yaml", "code: \"1.1\"\norder: 1\nobjectve: obj\n");
        Assert.Equal(new SourcePosition("content/prog/activities/act.yaml", 3, 1), error.Position);
        Assert.Contains("Unknown key 'objectve'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'objective'?", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_date_points_at_the_wrong_part_and_lists_the_accepted_forms()
    {
        var error = await OnlyErrorAsync("content/prog/key-dates.yaml", "- date: 2021-13-01\n  title:\n    fr: Date\n    en: Date\n");
        Assert.Equal(new SourcePosition("content/prog/key-dates.yaml", 1, 14), error.Position);
        Assert.Contains("'13' is not a month", error.Message, StringComparison.Ordinal);
        Assert.Contains("2021-Q1", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reference_to_a_missing_objective_names_the_line_and_the_likely_id()
    {
        var error = await OnlyErrorAsync("content/prog/activities/act.yaml", "code: \"1.1\"\norder: 1\nobjective: ob\n");
        Assert.Equal(new SourcePosition("content/prog/activities/act.yaml", 3, 1), error.Position);
        Assert.Contains("'ob', which does not exist", error.Message, StringComparison.Ordinal);
        Assert.Equal("Did you mean 'obj'?", error.Hint);
    }

    [Fact]
    public async Task A_YAML_syntax_error_in_front_matter_gives_the_line_in_the_file()
    {
        var error = await OnlyErrorAsync("content/prog/activities/act.fr.md", "---\ntitle: Activité\nexpectedResults: [unclosed\n---\n\nTexte.\n");
        Assert.Equal("content/prog/activities/act.fr.md", error.Position.Path);
        Assert.InRange(error.Position.Line, 3, 4);
        Assert.StartsWith("YAML syntax error", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: \"Activité\nslug: activite\n", "\"")]
    [InlineData("title: 'Activité\nslug: activite\n", "'")]
    public async Task A_quote_that_is_never_closed_is_reported_where_it_opens(string frontMatter, string quote)
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.fr.md", "---\n" + frontMatter + "---\n\nTexte.\n");
        var error = SingleError(await site.BuildAsync());
        Assert.Equal(new SourcePosition("content/prog/activities/act.fr.md", 2, 8), error.Position);
        Assert.StartsWith($"YAML syntax error: the text in quotes ({quote}) that starts here is not closed", error.Message, StringComparison.Ordinal);
        Assert.Contains("End the text with the quote it starts with", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_apostrophe_inside_single_quotes_is_reported_at_the_quote_that_ends_the_text_too_soon()
    {
        var error = await OnlyErrorAsync("content/prog/activities/act.fr.md", "---\ntitle: 'L'activité du réseau'\n---\n\nTexte.\n");
        Assert.Equal(new SourcePosition("content/prog/activities/act.fr.md", 2, 10), error.Position);
        Assert.Equal("YAML syntax error: this quote (') ends the text in quotes, and more follows it on the line.", error.Message);
        Assert.Contains("'L''activité'", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tab_that_indents_a_key_is_reported_at_its_line()
    {
        var error = await OnlyErrorAsync("content/prog/activities/act.yaml", "code: \"1.1\"\norder: 1\nobjective: obj\nthemes: [a]\n\tperiod: 2021\n");
        Assert.Equal(new SourcePosition("content/prog/activities/act.yaml", 5, 1), error.Position);
        Assert.Contains("tab", error.Message, StringComparison.Ordinal);
        Assert.Contains("spaces, not tabs", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_activities_with_one_address_are_reported_at_the_text_whose_slug_repeats_the_other()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/second.yaml", "code: \"1.2\"\norder: 2\nobjective: obj\nthemes: [people]\n");
        site.Write("content/prog/activities/second.fr.md", "---\ntitle: Deuxième\n---\n");
        site.Write("content/prog/activities/second.en.md", "---\ntitle: Second\nslug: act\n---\n");
        var error = SingleError(await site.BuildAsync());
        Assert.Equal("content/prog/activities/second.en.md", error.Position.Path);
        Assert.Equal("The activity 'second' has the same address ('act') in 'en' as 'act'.", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n  \n")]
    public async Task An_empty_text_file_is_reported_as_empty(string text)
    {
        using var site = new TinySite();
        site.Write("content/prog/objectives/obj.en.md", text);
        var error = SingleError(await site.BuildAsync());
        Assert.Equal(new SourcePosition("content/prog/objectives/obj.en.md", 1, 1), error.Position);
        Assert.Equal("The file is empty.", error.Message);
        Assert.Contains("or delete the file", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_title_is_an_error()
    {
        var error = await OnlyErrorAsync("content/prog/objectives/obj.en.md", "---\nslug: objective\n---\n\nText.\n");
        Assert.Equal("content/prog/objectives/obj.en.md", error.Position.Path);
        Assert.Contains("Missing required key 'title'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_language_suffix_not_in_the_configuration_is_an_error()
    {
        var error = await OnlyErrorAsync("content/prog/activities/act.de.md", "---\ntitle: Aktivität\n---\n");
        Assert.Equal(new SourcePosition("content/prog/activities/act.de.md", 1, 1), error.Position);
        Assert.Contains("'.de.'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_JSON_syntax_error_in_the_configuration_gives_its_line()
    {
        using var site = new TinySite(TinySite.DefaultConfig.Replace("\"defaultLanguage\": \"fr\",", "\"defaultLanguage\": \"fr\"", StringComparison.Ordinal));
        var error = SingleError(await site.BuildAsync());
        Assert.Equal("site.config.json", error.Position.Path);
        Assert.Equal(5, error.Position.Line);
    }

    [Fact]
    public async Task A_misspelt_languages_key_is_reported_once_not_as_every_text_in_an_unknown_language()
    {
        using var site = new TinySite(TinySite.DefaultConfig.Replace("\"languages\":", "\"langauges\":", StringComparison.Ordinal));
        var result = await site.BuildAsync();
        Assert.False(result.Succeeded);
        Assert.Equal(
            ["The configuration needs at least one language in 'languages'.", "Unknown key 'langauges'."],
            result.Diagnostics.Select(d => d.Message));
        Assert.Equal("Did you mean 'languages'?", result.Diagnostics[1].Hint);
    }

    [Fact]
    public async Task Invalid_UTF8_is_reported_not_replaced()
    {
        using var site = new TinySite();
        site.WriteBytes("content/prog/activities/act.en.md", [.. "---\ntitle: Caf"u8.ToArray(), 0xE9, .. "\n---\n"u8.ToArray()]);
        var error = SingleError(await site.BuildAsync());
        Assert.Equal(new SourcePosition("content/prog/activities/act.en.md", 2, 1), error.Position);
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Byte_order_marks_and_CRLF_line_endings_are_accepted()
    {
        using var site = new TinySite();
        site.WriteBytes("content/prog/activities/act.en.md", [0xEF, 0xBB, 0xBF, .. "---\r\ntitle: Activity\r\n---\r\n\r\nText.\r\n"u8.ToArray()]);
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task YAML_aliases_are_refused()
    {
        using var site = new TinySite();
        site.Write("content/prog/programme.yaml", "order: 1\nperiod: &p 2021/2022\nthemes: [people]\nx: *p\n");
        var result = await site.BuildAsync();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("anchors and aliases", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_build_leaves_the_previous_site_untouched()
    {
        using var site = new TinySite();
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = Snapshot(site.Output);
        site.Write("content/prog/activities/act.yaml", "objective: nowhere\n");
        Assert.False((await site.BuildAsync()).Succeeded);
        Assert.Equal(before, Snapshot(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".*tmp*"));
    }

    [Fact]
    public async Task The_build_refuses_a_non_empty_output_folder_it_did_not_create()
    {
        using var site = new TinySite();
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "precious.txt"), "keep me");
        var result = await site.BuildAsync();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("not made by WorkPlanSite", StringComparison.Ordinal));
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(site.Output, "precious.txt")));
    }

    [Fact]
    public async Task The_build_refuses_to_write_over_the_content_folder()
    {
        using var site = new TinySite(TinySite.DefaultConfig.Replace("\"buildDate\"", "\"outputDir\": \".\",\n  \"buildDate\"", StringComparison.Ordinal));
        var result = await site.BuildAsync();
        Assert.False(result.Succeeded);
        Assert.True(File.Exists(Path.Combine(site.Root, "content", "prog", "programme.yaml")));
    }

    [Theory]
    [InlineData(".", "the site's own folder")]
    [InlineData("..", "the site's own folder")]
    [InlineData("content", "the content folder")]
    [InlineData("themes", "the themes folder")]
    [InlineData("content/prog/_site", "inside the content folder")]
    [InlineData("themes/default/_site", "inside the themes folder")]
    public async Task The_build_refuses_output_folders_that_would_destroy_or_pollute_the_sources(string outputDir, string expected)
    {
        using var site = new TinySite(TinySite.DefaultConfig.Replace("\"buildDate\"", $"\"outputDir\": \"{outputDir}\",\n  \"buildDate\"", StringComparison.Ordinal));
        var before = Directory.EnumerateFileSystemEntries(site.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var result = await site.BuildAsync();
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("site.config.json", error.Position.Path);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(site.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task A_custom_domain_writes_a_CNAME_file()
    {
        using var site = new TinySite(TinySite.DefaultConfig.Replace("\"buildDate\"", "\"cname\": \"plans.example.org\",\n  \"buildDate\"", StringComparison.Ordinal));
        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.Equal("plans.example.org\n", File.ReadAllText(Path.Combine(site.Output, "CNAME")));
    }

    [Fact]
    public async Task The_same_input_gives_byte_identical_output()
    {
        using var site = new TinySite();
        Assert.True((await site.BuildAsync()).Succeeded);
        var first = Snapshot(site.Output);
        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.Equal(first, Snapshot(site.Output));
    }

    [Fact]
    public async Task Check_reports_problems_and_writes_nothing()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.yaml", "objective: nowhere\nperiod: 2021-xx\n");
        var result = await site.CheckAsync();
        Assert.False(result.Succeeded);
        Assert.Equal(2, result.ErrorCount);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Check_reports_every_problem_of_every_file_at_once_sorted_by_file_line_and_column()
    {
        using var site = new TinySite();
        site.Write("content/prog/programme.yaml", "order: first\nperiod: 2021/2022\nthemes: [people, people]\n");
        site.Write("content/prog/activities/act.yaml", "code: \"1.1\"\norder: 1\nobjective: obj\nthemes: [peple]\nperiod: 2021-02-30\n");
        site.Write("content/prog/key-dates.yaml", "- date: 2021-05-31\n  title: { fr: Semaine, en: Week }\n  activity: atc\n");
        site.Write("content/prog/activities/notes.txt", "draft");
        var result = await site.CheckAsync();
        var lines = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Equal(
        [
            "content/prog/activities/act.yaml:4:1: error: The theme 'peple' is not one of the programme's themes. Did you mean 'people'?",
            "content/prog/activities/act.yaml:5:17: error: 'period' is not a valid date: 2021-02 has no day 30.",
            "content/prog/activities/notes.txt:1:1: warning: This file is not used: no text links to it, so it is not published. Link to it from a text (![description](file.png) for an image, [title](file.pdf) for a document), or move it out of the content folder.",
            "content/prog/key-dates.yaml:3:3: error: The key date refers to the activity 'atc', which does not exist in this programme. Did you mean 'act'?",
            "content/prog/programme.yaml:1:8: error: 'order' must be a whole number, not 'first'. For example: order: 3",
            "content/prog/programme.yaml:3:1: error: The theme 'people' is listed twice.",
        ], lines.Select(l => l.Split(" Write a date as", 2)[0]).ToList());
        Assert.Equal(5, result.ErrorCount);
    }

    [Fact]
    public async Task A_typo_in_a_required_key_gives_one_error_not_two()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.en.md", "---\ntitel: Activity\n---\n");
        var error = SingleError(await site.CheckAsync());
        Assert.Equal("content/prog/activities/act.en.md:2:1: error: Unknown key 'titel'. Did you mean 'title'?", error.ToString());
    }

    [Fact]
    public async Task A_key_written_twice_is_named_at_its_second_line()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.yaml", "code: \"1.1\"\norder: 1\nobjective: obj\norder: 2\n");
        var error = SingleError(await site.CheckAsync());
        Assert.Equal("content/prog/activities/act.yaml:4:1: error: The key 'order' is written twice. Keep one of the two lines.", error.ToString());
    }

    [Fact]
    public async Task A_colon_in_an_unquoted_title_says_to_add_quotes()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.fr.md", "---\ntitle: Objectif : agir: vite\n---\n");
        var error = SingleError(await site.CheckAsync());
        Assert.Equal(2, error.Position.Line);
        Assert.Contains("must be in quotes", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tab_in_the_indentation_is_reported_on_its_line()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.yaml", "code: \"1.1\"\norder: 1\n\tobjective: obj\n");
        var error = SingleError(await site.CheckAsync());
        Assert.Equal(3, error.Position.Line);
        Assert.Contains("not tabs", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_translation_that_cannot_be_read_is_not_also_reported_as_missing()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.fr.md", "---\ntitle: [unclosed\n---\n");
        var result = await site.CheckAsync();
        Assert.Single(result.Diagnostics);
    }

    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
