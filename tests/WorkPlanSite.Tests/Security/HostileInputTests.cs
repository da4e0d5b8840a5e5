using System.Text;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Loading;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Security;

/// <summary>Files no author means to write, but that arrive anyway: each one works or gives a clear error, never a crash or a hang.</summary>
public sealed class HostileInputTests
{
    private const string Activity = "content/prog/activities/act.en.md";

    private static async Task<Diagnostic> SingleErrorOf(TinySite site)
    {
        var result = await site.CheckAsync();
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public async Task A_hundred_thousand_nested_brackets_in_YAML_are_an_error_not_a_stack_overflow()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.yaml", "themes: " + new string('[', 100_000) + new string(']', 100_000) + "\n");
        var error = await SingleErrorOf(site);
        Assert.Equal("content/prog/activities/act.yaml", error.Position.Path);
        Assert.Contains("nested more than 64 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_marker_inside_a_flow_list_is_a_syntax_error_not_an_exception()
    {
        // Found by the fuzz test: YamlDotNet throws InvalidOperationException here instead of a YamlException.
        using var site = new TinySite();
        site.Write("content/prog/objectives/obj.yaml", "kind: specific\ncode: \"1\"\norder: 1\nthemes: [people, p---\nlaces]\n");
        var error = await SingleErrorOf(site);
        Assert.Equal("content/prog/objectives/obj.yaml", error.Position.Path);
        Assert.Equal(4, error.Position.Line);
        Assert.StartsWith("YAML syntax error", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"title\": " + "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[" + "}")]
    [InlineData("\u0000\u0001binary")]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{ \"title\": \"x\", \"languages\": [ { \"code\": \"fr\", \"name\": \"F\" } ], \"defaultLanguage\": \"fr\", \"baseUrl\": \"https://x.example/\", \"cname\": \"https://plans.example.org/<script>\" }")]
    [InlineData("{ \"title\": \"x\", \"languages\": [ { \"code\": \"../../x\", \"name\": \"X\" } ], \"defaultLanguage\": \"../../x\", \"baseUrl\": \"javascript:alert(1)\" }")]
    public async Task A_hostile_configuration_file_is_a_configuration_error(string config)
    {
        using var site = new TinySite(config);
        var result = await site.BuildAsync();
        Assert.False(result.Succeeded);
        Assert.All(result.Diagnostics.Where(d => d.Severity == Severity.Error), d => Assert.Equal("site.config.json", d.Position.Path));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task A_cancelled_build_leaves_the_previous_site_untouched()
    {
        using var site = new TinySite();
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Select(f => (f, File.ReadAllText(f))).ToList();
        site.Write(Activity, "---\ntitle: Changed\n---\n");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new WorkPlanSite.Building.SiteBuilder().BuildAsync(site.Options, cancellation.Token));
        Assert.Equal(before, Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Select(f => (f, File.ReadAllText(f))).ToList());
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".*"));
    }

    [Fact]
    public async Task Deep_indentation_in_front_matter_is_an_error()
    {
        using var site = new TinySite();
        var yaml = new StringBuilder("title: Activity\n");
        for (var i = 0; i < 100; i++)
        {
            yaml.Append(new string(' ', i * 2)).Append("k:\n");
        }

        site.Write(Activity, "---\n" + yaml + "---\n");
        var result = await site.CheckAsync();
        Assert.Contains(result.Diagnostics, d => d.Position.Path == Activity && d.Message.Contains("nested more than", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_billion_laughs_alias_bomb_is_refused_at_its_first_anchor()
    {
        using var site = new TinySite();
        var bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var c = 'b'; c <= 'j'; c++)
        {
            var previous = (char)(c - 1);
            bomb.Append($"{c}: &{c} [{string.Join(",", Enumerable.Repeat("*" + previous, 9))}]\n");
        }

        site.Write("content/prog/programme.yaml", bomb.ToString());
        var error = await SingleErrorOf(site);
        Assert.Equal(new SourcePosition("content/prog/programme.yaml", 1, 4), error.Position);
        Assert.Contains("anchors and aliases", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_50_MB_file_is_refused_with_its_size_and_the_limit()
    {
        using var site = new TinySite();
        site.Write(Activity, "");
        using (var stream = File.OpenWrite(Path.Combine(site.Root, Activity)))
        {
            // A sparse file: the test does not write 50 MB to disk.
            stream.SetLength(50L * 1024 * 1024);
        }

        var error = await SingleErrorOf(site);
        Assert.Equal(new SourcePosition(Activity, 1, 1), error.Position);
        Assert.Equal($"The file is 50 MB; content files are limited to {SourceText.MaxBytes / (1024 * 1024)} MB.", error.Message);
    }

    [Fact]
    public async Task A_long_Markdown_body_builds()
    {
        using var site = new TinySite();
        var body = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"## Part {i}\n\nSome *text* with a [link](https://example.com/{i}) and <abbr title=\"x\">HTML</abbr>.\n\n"));
        site.Write(Activity, "---\ntitle: Activity\n---\n\n" + body);
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(5_000, site.Built.Page("en/programmes/prog/activities/act/index.html").QuerySelectorAll("main h2[id^='part-']").Length);
    }

    [Fact]
    public async Task An_introduction_whose_first_paragraph_is_one_long_word_builds()
    {
        // Summaries and descriptions are cut at a space; a long address or a pasted token has none.
        using var site = new TinySite();
        var word = new string('x', 400);
        site.Write("content/prog/programme.en.md", $"---\ntitle: Programme EN\norganisation: Network\nthemes:\n  people:\n    name: People\n---\n\n{word}\n");
        site.Write(Activity, $"---\ntitle: Activity\n---\n\n{word}\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var description = site.Built.Page("en/programmes/prog/index.html").QuerySelector("meta[name=description]")!.GetAttribute("content")!;
        Assert.InRange(description.Length, 100, 300);
    }

    [Fact]
    public async Task Binary_garbage_is_reported_as_binary()
    {
        using var site = new TinySite();
        var bytes = new byte[4096];
        new Random(5).NextBytes(bytes);
        bytes[100] = 0;
        site.WriteBytes(Activity, bytes);
        var error = await SingleErrorOf(site);
        Assert.Equal(Activity, error.Position.Path);
        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Random_bytes_without_zeros_are_reported_as_invalid_text()
    {
        using var site = new TinySite();
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        site.WriteBytes("content/prog/activities/act.yaml", bytes.Select(b => b == 0 ? (byte)0xFF : b).ToArray());
        var error = await SingleErrorOf(site);
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Contains("Save it as UTF-8", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_nested_a_hundred_thousand_levels_is_an_error_not_a_crash()
    {
        using var site = new TinySite();
        site.Write(Activity, "---\ntitle: Activity\n---\n\n" + new string('>', 100_000) + " deep\n");
        var error = await SingleErrorOf(site);
        Assert.Equal(new SourcePosition(Activity, 5, 1), error.Position);
        Assert.Contains("nested too deeply", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_HTML_nested_a_hundred_thousand_levels_is_an_error_not_a_hang()
    {
        using var site = new TinySite();
        site.Write(Activity, "---\ntitle: Activity\n---\n\n" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "\n");
        var error = await SingleErrorOf(site);
        Assert.Equal(new SourcePosition(Activity, 5, 1), error.Position);
        Assert.Contains("nested more than 500 levels", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my activity.en.md", "'my activity'", "my-activity")]
    [InlineData("activité.yaml", "'activité'", "activite")]
    [InlineData("Activity.yaml", "'Activity'", "activity")]
    public async Task File_names_outside_the_safe_set_are_errors_with_a_suggestion(string name, string quoted, string suggestion)
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/" + name, name.EndsWith(".md", StringComparison.Ordinal) ? "---\ntitle: x\n---\n" : "order: 1\n");
        var error = await SingleErrorOf(site);
        Assert.Equal("content/prog/activities/" + name, error.Position.Path);
        Assert.Contains(quoted, error.Message, StringComparison.Ordinal);
        Assert.Contains(suggestion, error.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("act..en.md")]
    [InlineData("notes.txt")]
    public async Task Odd_file_names_are_reported_as_unused(string name)
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/" + name, "---\ntitle: x\n---\n");
        var result = await site.CheckAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Position.Path == "content/prog/activities/" + name && d.Message.Contains("not used", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("content/prog/activities/act.en.md", "/etc/passwd")]
    [InlineData("content/prog/activities/act.en.md", "/dev/zero")]
    [InlineData("content/prog/objectives", "/etc")]
    [InlineData("content/other", "/")]
    public async Task Symbolic_links_are_not_followed(string link, string target)
    {
        // Git stores links: a pull request could otherwise publish any file of the machine that builds the site.
        if (OperatingSystem.IsWindows())
        {
            return; // Creating links needs privileges there; CI runs on Linux.
        }

        using var site = new TinySite();
        var path = Path.Combine(site.Root, link);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        else if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        if (Directory.Exists(target))
        {
            Directory.CreateSymbolicLink(path, target);
        }
        else
        {
            File.CreateSymbolicLink(path, target);
        }

        var result = await site.CheckAsync();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Position.Path == link && d.Message.Contains("symbolic link", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_programme_folder_with_spaces_is_an_error()
    {
        using var site = new TinySite();
        site.Write("content/my programme/programme.yaml", "period: 2021\n");
        var error = await SingleErrorOf(site);
        Assert.Equal("content/my programme", error.Position.Path);
        Assert.Contains("my-programme", error.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../../etc")]
    [InlineData("a/b")]
    [InlineData("%2e%2e")]
    [InlineData("con\u0000trol")]
    public async Task Slugs_that_could_leave_the_output_folder_are_errors(string slug)
    {
        using var site = new TinySite();
        site.Write(Activity, $"---\ntitle: Activity\nslug: \"{slug.Replace("\u0000", "\\0", StringComparison.Ordinal)}\"\n---\n");
        var error = await SingleErrorOf(site);
        Assert.Equal(new SourcePosition(Activity, 3, 1), error.Position);
        Assert.Contains("may only hold lower-case letters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slug_too_long_for_a_file_system_is_an_error_and_the_message_stays_short()
    {
        using var site = new TinySite();
        site.Write(Activity, $"---\ntitle: Activity\nslug: {new string('a', 5_000)}\n---\n");
        var error = await SingleErrorOf(site);
        Assert.Contains("at most 80 characters", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 300);
    }
}
