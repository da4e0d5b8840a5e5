using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Themes;

/// <summary>
/// A site changes its theme file by file: a file of the same path in the site's <c>themes/&lt;name&gt;/</c> replaces
/// the installed one, every other template, asset and UI string still comes from the installed theme, and a theme of
/// the site's own can extend another.
/// </summary>
public sealed class ThemeOverrideTests
{
    private static readonly string InstalledHead = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "themes", "default", "templates", "partials", "Head.cshtml"));

    [Fact]
    public async Task An_override_of_one_partial_changes_every_page_and_nothing_else()
    {
        using var site = new TinySite();
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = Snapshot(site.Output);
        const string Added = "<meta name=\"generator-note\" content=\"ours\">";
        site.Write("themes/default/templates/partials/Head.cshtml", InstalledHead.Replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">\n" + Added, StringComparison.Ordinal));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var after = Snapshot(site.Output);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (file, text) in before)
        {
            var expected = file.EndsWith(".html", StringComparison.Ordinal)
                ? text.Replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">\n" + Added, StringComparison.Ordinal)
                : text;
            Assert.True(expected == after[file], $"{file} differs otherwise");
            Assert.True(!file.EndsWith(".html", StringComparison.Ordinal) || after[file].Contains(Added, StringComparison.Ordinal), $"{file} lacks the override");
        }
    }

    [Fact]
    public async Task Assets_and_UI_strings_the_site_does_not_override_still_come_from_the_installed_theme()
    {
        using var site = new TinySite();
        site.Write("themes/default/assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        site.Write("themes/default/i18n/en.yaml", "site:\n  footer: Published by the Network\n");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("leads nowhere", StringComparison.Ordinal));
        Assert.True(site.Built.Exists("assets/style.css"));
        Assert.True(site.Built.Exists("assets/logo.svg"));
        var english = site.Built.Page("en/index.html");
        Assert.Contains("Published by the Network", english.QuerySelector("footer")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ThemeStrings.For("en")["site.skipToContent"], english.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal(ThemeStrings.For("fr")["site.footer"], site.Built.Page("fr/index.html").QuerySelector("footer p")!.TextContent.Split(" · ")[1]);
    }

    [Fact]
    public async Task A_theme_of_the_site_extends_another_and_replaces_only_what_it_has()
    {
        using var site = new TinySite(TinySite.DefaultConfig.Replace("\"buildDate\"", "\"theme\": \"ours\",\n  \"buildDate\"", StringComparison.Ordinal));
        site.Write("themes/ours/theme.yaml", "extends: default\n");
        site.Write("themes/ours/templates/pages/NotFound.cshtml", "@model NotFoundPage\n@{\n    Layout = \"Layout.cshtml\";\n    BodyClass = \"page-not-found ours\";\n}\n<h1>Lost?</h1>\n");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var notFound = site.Built.Page("en/404.html");
        Assert.Equal("Lost?", notFound.QuerySelector("main h1")!.TextContent);
        Assert.Equal("page-not-found ours", notFound.Body!.ClassName);
        Assert.NotNull(notFound.QuerySelector("header.site-header .language-switcher"));
        Assert.NotNull(site.Built.Page("en/programmes/prog/timeline/index.html").QuerySelector("table.timeline"));
        Assert.True(site.Built.Exists("assets/style.css"));
    }

    [Fact]
    public async Task A_template_written_with_ViewBag_and_an_include_of_its_own_renders_as_before()
    {
        // Templates copied out of earlier versions of the theme set the body's class through the dynamic ViewBag;
        // the installed theme now sets BodyClass, which shares the same bag, so both still meet in the layout.
        using var site = new TinySite(TinySite.DefaultConfig.Replace("\"buildDate\"", "\"theme\": \"ours\",\n  \"buildDate\"", StringComparison.Ordinal));
        site.Write("themes/ours/theme.yaml", "extends: default\n");
        site.Write("themes/ours/templates/partials/Lost.cshtml", "@model string\n<p class=\"lost\">@Model</p>\n");
        site.Write("themes/ours/templates/pages/NotFound.cshtml",
            "@model NotFoundPage\n@{\n    Layout = \"Layout.cshtml\";\n    ViewBag.BodyClass = \"page-not-found old\";\n}\n<h1>Lost?</h1>\n@{ await IncludeAsync(\"partials/Lost.cshtml\", \"Nothing here\"); }\n");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var notFound = site.Built.Page("en/404.html");
        Assert.Equal("page-not-found old", notFound.Body!.ClassName);
        Assert.Equal("Nothing here", notFound.QuerySelector("main p.lost")!.TextContent);
        Assert.NotNull(notFound.QuerySelector("head meta[charset]"));
    }

    [Fact]
    public async Task A_theme_that_exists_nowhere_is_an_error_in_the_configuration_naming_the_installed_themes()
    {
        using var site = new TinySite(TinySite.DefaultConfig.Replace("\"buildDate\"", "\"theme\": \"defualt\",\n  \"buildDate\"", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == WorkPlanSite.Diagnostics.Severity.Error);
        Assert.Equal("site.config.json", Path.GetFileName(error.Position.Path));
        Assert.Contains("'defualt' does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("default", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_theme_that_extends_a_theme_that_exists_nowhere_is_an_error_at_its_extends_line()
    {
        using var site = new TinySite(TinySite.DefaultConfig.Replace("\"buildDate\"", "\"theme\": \"ours\",\n  \"buildDate\"", StringComparison.Ordinal));
        site.Write("themes/ours/theme.yaml", "# Our look\nextends: plain\n");

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith("themes/ours/theme.yaml:2:10: error: The theme 'plain' does not exist", StringComparison.Ordinal));
    }

    private static SortedDictionary<string, string> Snapshot(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText),
        StringComparer.Ordinal);
}
