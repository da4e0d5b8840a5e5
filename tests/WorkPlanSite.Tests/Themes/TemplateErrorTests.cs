using WorkPlanSite.Diagnostics;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Themes;

/// <summary>
/// A template that does not compile, or that fails while rendering, is reported at its own file, line and column
/// with the compiler's message and what to do, all templates' errors at once, never as a compiler dump or a stack
/// trace; nothing is written.
/// </summary>
public sealed class TemplateErrorTests
{
    private static string Installed(string key) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "themes", "default", "templates", key));

    [Fact]
    public async Task Templates_that_do_not_compile_are_all_reported_at_their_lines_and_nothing_is_written()
    {
        using var site = new TinySite();
        var layout = Installed("Layout.cshtml").Split('\n');
        var line = Array.FindIndex(layout, l => l.Contains("@Model.Context.T(\"fallback.notice\"", StringComparison.Ordinal));
        layout[line] = layout[line].Replace("@Model.Context.T(", "@Model.Context.Tx(", StringComparison.Ordinal);
        site.Write("themes/default/templates/Layout.cshtml", string.Join('\n', layout));
        site.Write("themes/default/templates/partials/ProgrammeNav.cshtml", "@model ProgrammeNav\n<nav>\n    @if (Model.Current == \"programme\" {\n</nav>\n");

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(site.Output));
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var column = layout[line].IndexOf("Tx(", StringComparison.Ordinal) + 1;
        Assert.Contains(errors, d => d.Position == new SourcePosition("themes/default/templates/Layout.cshtml", line + 1, column)
            && d.Message.Contains("'Tx'", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.Position.Path == "themes/default/templates/partials/ProgrammeNav.cshtml" && d.Position.Line == 3);
        Assert.All(errors, d => Assert.DoesNotContain("   at ", d.ToString(), StringComparison.Ordinal));
        Assert.All(errors, d => Assert.False(string.IsNullOrEmpty(d.Hint)));
    }

    [Fact]
    public async Task A_template_that_throws_is_reported_at_its_line_with_the_page_once_and_nothing_is_written()
    {
        using var site = new TinySite();
        site.Write("themes/default/templates/partials/ProgrammeNav.cshtml",
            "@model ProgrammeNav\n<nav>\n@{\n    var first = Model.Programme.Title.Substring(100);\n}\n</nav>\n");

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(site.Output));
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("themes/default/templates/partials/ProgrammeNav.cshtml", error.Position.Path);
        Assert.Equal(4, error.Position.Line);
        Assert.Contains("/sub/", error.Message, StringComparison.Ordinal);
        Assert.Contains("ArgumentOutOfRangeException", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_layout_or_partial_that_does_not_exist_is_reported_at_the_page_template()
    {
        using var site = new TinySite();
        site.Write("themes/default/templates/pages/NotFound.cshtml", "@model NotFoundPage\n@{\n    Layout = \"Layuot.cshtml\";\n}\n<h1>Lost</h1>\n");

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("themes/default/templates/pages/NotFound.cshtml", error.Position.Path);
        Assert.Contains("'Layuot.cshtml'", error.Message, StringComparison.Ordinal);
    }
}
