using RazorLight;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Pages;
using WorkPlanSite.Rendering.Templates;
using WorkPlanSite.Tests.Support;
using WorkPlanSite.Themes;

namespace WorkPlanSite.Tests.Themes;

/// <summary>
/// The native program carries the installed themes' templates compiled into it, found by the hash of their source:
/// a template is made by the program's own code while its file is the one it was compiled from, and compiled as
/// usual once the file says something else. The C# written for the program is RazorLight's, one namespace per
/// template, with a registry of factories.
/// </summary>
public sealed class PrecompiledTemplatesTests
{
    private const string Key = "partials/FooterMenu.cshtml";

    [Fact]
    public async Task A_template_compiled_into_the_program_renders_every_page_until_the_site_changes_its_file()
    {
        using var site = new TinySite();
        // Unique text, so that no other specification of this run has compiled it.
        var marker = Guid.NewGuid().ToString("N");
        site.Write($"themes/default/templates/{Key}", $"@model PageModel\n<p class=\"from-file\">{marker}</p>\n");
        PrecompiledTemplates.Install(new Dictionary<string, Func<ITemplatePage>> { [SourceHash(site)] = () => new FooterInProgram() });
        try
        {
            Assert.Empty((await site.BuildAsync()).Diagnostics);
            var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories).Where(p => Path.GetDirectoryName(p) != site.Output).ToList();
            Assert.NotEmpty(pages);
            Assert.All(pages, page => Assert.Contains("<p class=\"in-program\">", File.ReadAllText(page), StringComparison.Ordinal));

            site.Write($"themes/default/templates/{Key}", $"@model PageModel\n<p class=\"from-file\">{marker}-2</p>\n");
            Assert.Empty((await site.BuildAsync()).Diagnostics);
            Assert.All(pages, page => Assert.Contains($"<p class=\"from-file\">{marker}-2</p>", File.ReadAllText(page), StringComparison.Ordinal));
        }
        finally
        {
            PrecompiledTemplates.Install(new Dictionary<string, Func<ITemplatePage>>());
        }
    }

    [Fact]
    public void The_program_source_of_a_theme_has_one_namespace_per_template_and_a_registry_by_source_hash()
    {
        using var site = new TinySite();
        using var sources = new TempFolder();
        var marker = Guid.NewGuid().ToString("N");
        site.Write($"themes/default/templates/{Key}", $"@model PageModel\n<p>{marker}</p>\n");
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(site.Options, diagnostics)!;
        var templates = ThemeTemplates.Create(ThemeFiles.Locate(config, diagnostics)!, null, diagnostics, keepSources: true)!;

        var written = PrecompiledTemplateWriter.Write([templates], sources.Path);

        var themeTemplates = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "themes", "default", "templates"), "*.cshtml", SearchOption.AllDirectories).Length - 1;
        Assert.Equal(themeTemplates, written);
        var files = Directory.GetFiles(sources.Path, "T*.cs");
        Assert.Equal(written, files.Length);
        var footer = File.ReadAllText(files.Single(f => File.ReadAllText(f).Contains(marker, StringComparison.Ordinal)));
        var name = Path.GetFileNameWithoutExtension(files.Single(f => File.ReadAllText(f).Contains(marker, StringComparison.Ordinal)));
        Assert.Contains($"namespace {PrecompiledTemplateWriter.Namespace}.{name}", footer, StringComparison.Ordinal);
        Assert.DoesNotContain("[assembly:", footer, StringComparison.Ordinal);
        Assert.DoesNotContain("#line 2", footer, StringComparison.Ordinal);
        var registry = File.ReadAllText(Path.Combine(sources.Path, "InstalledTemplateFactories.cs"));
        Assert.Contains($"[\"{SourceHash(site)}\"] = static () => new global::{PrecompiledTemplateWriter.Namespace}.{name}.GeneratedTemplate(),", registry, StringComparison.Ordinal);
    }

    private static string SourceHash(TinySite site)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(site.Options, diagnostics)!;
        var project = new ThemeTemplateProject(ThemeFiles.Locate(config, diagnostics)!);
        return new CompiledTemplateCache(project, null, []).SourceHashOf(Key)!;
    }

    /// <summary>What the program's own code of the footer menu writes.</summary>
    private sealed class FooterInProgram : ThemePage<PageModel>
    {
        public override Task ExecuteAsync()
        {
            WriteLiteral("<p class=\"in-program\"></p>");
            return Task.CompletedTask;
        }
    }
}
