using WorkPlanSite.Diagnostics;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Building;

/// <summary>
/// Every diagnostic says what it is about, set by the stage that reports it, so that a command's exit code is read
/// from the diagnostics (2 for the configuration, 1 for the content or the pages) instead of guessed from file names.
/// </summary>
public sealed class DiagnosticKindTests
{
    [Fact]
    public async Task A_broken_configuration_is_a_configuration_error()
    {
        using var site = new TinySite(TinySite.DefaultConfig.Replace("\"buildDate\"", "\"buildDate\": 3, \"x\"", StringComparison.Ordinal));

        var check = await site.CheckAsync();

        Assert.NotEmpty(check.Diagnostics);
        Assert.All(check.Diagnostics, d => Assert.Equal(DiagnosticKind.Configuration, d.Kind));
    }

    [Fact]
    public async Task A_typo_in_the_sites_UI_strings_is_about_the_configuration_and_a_content_mistake_about_the_content()
    {
        using var site = new TinySite();
        site.Write("i18n/en.yaml", "site:\n  skipToContentt: Typo\n");
        site.Write("content/prog/activities/act.yaml", "code: \"1.1\"\norder: 1\nobjective: nowhere\n");

        var check = await site.CheckAsync();

        Assert.Equal(DiagnosticKind.Configuration, Assert.Single(check.Diagnostics, d => d.Position.Path == "i18n/en.yaml").Kind);
        Assert.Equal(DiagnosticKind.Content, Assert.Single(check.Diagnostics, d => d.Severity == Severity.Error).Kind);
    }

    [Fact]
    public async Task A_link_of_a_page_that_leads_nowhere_is_an_output_error_at_the_page()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\nexpectedResults: A result.\n---\n\nSee <a href=\"/sub/en/nowhere/\">this page</a>.\n");

        var check = await site.CheckAsync();

        var error = Assert.Single(check.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticKind.Output, error.Kind);
        Assert.StartsWith("_site/en/", error.Position.Path, StringComparison.Ordinal);
    }
}
