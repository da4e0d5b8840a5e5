using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Tests.Support;
using WorkPlanSite.Themes;

namespace WorkPlanSite.Tests.Themes;

/// <summary>
/// What <c>workplansite theme list|copy|diff</c> do: list the theme's files with the site's overrides marked, copy
/// installed files into the site for editing without ever overwriting one, and show how the site's copies differ
/// from the installed files.
/// </summary>
public sealed class ThemeOverridesTests
{
    [Fact]
    public void Copy_takes_the_installed_file_by_path_or_by_a_name_only_it_has_and_never_overwrites_the_site_s_copy()
    {
        using var site = new TinySite();

        var first = ThemeOverrides.Copy(Theme(site), site.Root, ["Layout.cshtml", "i18n/en.yaml"]);

        Assert.Empty(first.Problems);
        Assert.Equal(File.ReadAllText(Installed("templates/Layout.cshtml")), File.ReadAllText(site.PathOf("themes/default/templates/Layout.cshtml")));
        Assert.Equal(File.ReadAllText(Installed("i18n/en.yaml")), File.ReadAllText(site.PathOf("themes/default/i18n/en.yaml")));

        site.Write("themes/default/templates/Layout.cshtml", "edited");
        var second = ThemeOverrides.Copy(Theme(site), site.Root, ["templates/Layout.cshtml", "Lay0ut.cshtml"]);

        Assert.Empty(second.Lines);
        Assert.Contains(second.Problems, p => p.StartsWith("themes/default/templates/Layout.cshtml: the site already has this file", StringComparison.Ordinal));
        Assert.Contains(second.Problems, p => p.StartsWith("Lay0ut.cshtml: the theme 'default' has no such file", StringComparison.Ordinal));
        Assert.Equal("edited", File.ReadAllText(site.PathOf("themes/default/templates/Layout.cshtml")));
    }

    [Fact]
    public void List_names_every_file_of_the_theme_and_marks_those_the_site_overrides()
    {
        using var site = new TinySite();
        site.Write("themes/default/assets/style.css", "body { color: navy; }\n");
        site.Write("themes/default/assets/logo.svg", "<svg/>");

        var entries = ThemeOverrides.List(Theme(site)).ToDictionary(e => e.Path, StringComparer.Ordinal);

        Assert.True(entries["assets/style.css"].Overridden);
        Assert.True(entries["assets/logo.svg"].Source.IsSite);
        Assert.False(entries["assets/logo.svg"].Overridden);
        Assert.False(entries["templates/Layout.cshtml"].Source.IsSite);
        Assert.Contains("templates/pages/Timeline.cshtml", entries.Keys);
    }

    [Fact]
    public void Diff_shows_the_lines_a_copy_changed_from_the_installed_file_and_nothing_for_an_unchanged_copy()
    {
        using var site = new TinySite();
        ThemeOverrides.Copy(Theme(site), site.Root, ["templates/Layout.cshtml", "templates/partials/Head.cshtml"]);
        var layout = site.PathOf("themes/default/templates/Layout.cshtml");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("<footer class=\"site-footer\">", "<footer class=\"site-footer ours\">", StringComparison.Ordinal));

        var diff = ThemeOverrides.Diff(Theme(site));

        Assert.Contains("--- installed templates/Layout.cshtml\n+++ themes/default/templates/Layout.cshtml\n@@ ", diff, StringComparison.Ordinal);
        Assert.Contains("\n-    <footer class=\"site-footer\">\n+    <footer class=\"site-footer ours\">\n", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("Head.cshtml", diff, StringComparison.Ordinal);
    }

    private static string Installed(string path) => Path.Combine(RepositoryPaths.Root, "themes", "default", path);

    private static ThemeFiles Theme(TinySite site)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(site.Options, diagnostics)!;
        return ThemeFiles.Locate(config, diagnostics)!;
    }
}
