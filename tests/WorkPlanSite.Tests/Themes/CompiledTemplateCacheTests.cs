using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Rendering.Templates;
using WorkPlanSite.Tests.Support;
using WorkPlanSite.Themes;

namespace WorkPlanSite.Tests.Themes;

/// <summary>
/// Compiled templates are kept in a cache folder keyed by what they depend on: the build after a template change
/// compiles that template only, and a build with no change compiles nothing.
/// </summary>
public sealed class CompiledTemplateCacheTests
{
    [Fact]
    public void The_cache_folder_is_used_by_the_next_build_and_a_changed_partial_alone_is_compiled_again()
    {
        using var site = new TinySite();
        using var cache = new TempFolder();
        // Unique text, so that no other specification of this run has compiled it already.
        var marker = Guid.NewGuid().ToString("N");
        site.Write("themes/default/templates/partials/ProgrammeNav.cshtml", $"@model ProgrammeNav\n<nav class=\"programme-nav\" data-version=\"{marker}\"></nav>\n");

        var first = Compile(site, cache.Path);
        Assert.InRange(first.Compiled, 1, int.MaxValue);
        var templates = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "themes", "default", "templates"), "*.cshtml", SearchOption.AllDirectories).Length - 1;
        Assert.Equal(templates, Directory.GetFiles(cache.Path, "*.dll").Length);

        // As the next process finds it: only the cache folder.
        CompiledTemplateCache.ForgetInProcess();
        var second = Compile(site, cache.Path);
        Assert.Equal(0, second.Compiled);
        Assert.InRange(second.Loaded, 1, templates);

        site.Write("themes/default/templates/partials/ProgrammeNav.cshtml", $"@model ProgrammeNav\n<nav class=\"programme-nav\" data-version=\"{marker}-2\"></nav>\n");
        var third = Compile(site, cache.Path);
        Assert.Equal(1, third.Compiled);
    }

    private static ThemeTemplates Compile(TinySite site, string cacheFolder)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(site.Options, diagnostics)!;
        var templates = ThemeTemplates.Create(ThemeFiles.Locate(config, diagnostics)!, cacheFolder, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return templates!;
    }
}
